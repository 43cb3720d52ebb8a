/**
 * Synthetic entries for benchmarks: news items and disclosure items whose text is made of real
 * sentences from content/ (so the index sees the site's own vocabulary, cut by the same
 * segmenter) plus words unique to each page (a community name, figures), deterministic per seed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatIndexNumber } from '../../src/lib/index-number.ts';
import { site } from '../../src/site.config.ts';

/** A small deterministic generator, so every run builds the same corpus. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Sentences of the MDX bodies under content/, without Markdown, MDX or table syntax. */
export function realSentences(contentDir = 'content'): string[] {
  const sentences = new Set<string>();
  for (const folder of ['services', 'policies', 'news', 'youth', 'early-childhood', 'disclosure']) {
    for (const name of readdirSync(join(contentDir, folder)).filter((file) => file.endsWith('.mdx'))) {
      const body = readFileSync(join(contentDir, folder, name), 'utf8').split(/^---$/m).slice(2).join('---');
      const text = body
        .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
        .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/^\s*(#+|[-*]|\d+\.|\|.*)\s?/gm, '')
        .replace(/\*/g, '');
      for (const sentence of text.split(/(?<=[。！？；])/)) {
        const clean = sentence.replace(/\s+/g, ' ').trim();
        if (clean.length >= 10 && clean.length <= 90 && !/[<>{}|`#[\]]/.test(clean)) sentences.add(clean);
      }
    }
  }
  return [...sentences];
}

const NAME_CHARS = '安宝北滨昌辰春德东芳丰福富光广和华欢吉佳嘉建锦景静康乐丽利林隆美明宁平庆荣瑞润盛顺泰天同万文祥新兴秀旭雅阳怡永裕园悦云泽振正志中';

export interface SyntheticFile {
  folder: 'news' | 'disclosure';
  name: string;
  text: string;
}

/** A YAML double-quoted scalar (JSON's string syntax is valid YAML). */
const yaml = (text: string) => JSON.stringify(text);

function dateIn(year: number, next: () => number): string {
  const month = 1 + Math.floor(next() * 12);
  const day = 1 + Math.floor(next() * 28);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** `count` entries, half news and half disclosure, numbered from 1. */
export function syntheticEntries(count: number, seed = count): SyntheticFile[] {
  const next = random(seed);
  const sentences = realSentences();
  const topics = (JSON.parse(readFileSync('content/data/topics.json', 'utf8')) as { id: string; name: string }[]).map((topic) => topic);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const paragraph = (n: number) => Array.from({ length: n }, () => pick(sentences)).join('');
  const files: SyntheticFile[] = [];
  for (let i = 0; i < count; i++) {
    const year = 2010 + (i % 4);
    const date = dateIn(year, next);
    const community = `${pick([...NAME_CHARS])}${pick([...NAME_CHARS])}社区`;
    const figure = `${community}本期共服务 ${100 + Math.floor(next() * 9000)} 人次，发放资料 ${10 + Math.floor(next() * 900)} 份。`;
    const topic = pick(topics);
    const lead = pick(sentences).replace(/[。！？；]$/, '').slice(0, 40);
    const body = [`${paragraph(2)}${figure}`, '', `## 一、有关情况`, '', paragraph(4), '', `## 二、下一步工作`, '', paragraph(3), ''].join('\n');
    const serial = String(i + 1).padStart(5, '0');
    if (i % 2 === 0) {
      files.push({
        folder: 'news',
        name: `bench-news-${serial}.mdx`,
        text: ['---', `title: ${yaml(`${community}${topic.name}工作动态（${serial}）`)}`, `summary: ${yaml(`${lead}。`)}`, 'kind: 工作动态', `publishedAt: ${date}`, `tags: [${topic.name}]`, 'sample: true', '---', '', body].join('\n'),
      });
    } else {
      const indexNo = formatIndexNumber({ orgCode: site.indexNoOrgCode, year, serial: 50000 + Math.floor(i / 4) });
      files.push({
        folder: 'disclosure',
        name: `bench-disclosure-${serial}.mdx`,
        text: [
          '---',
          `title: ${yaml(`关于${community}${topic.name}工作的通知（${serial}）`)}`,
          `summary: ${yaml(`${lead}。`)}`,
          `indexNo: ${indexNo}`,
          `issuer: ${site.owner}`,
          `issuedAt: ${date}`,
          `publishedAt: ${date}`,
          `category: ${topic.id}`,
          'kind: 通知公告',
          'sample: true',
          '---',
          '',
          body,
        ].join('\n'),
      });
    }
  }
  return files;
}
