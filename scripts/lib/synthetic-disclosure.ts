/**
 * Synthetic 政府信息公开 items for build benchmarks: deterministic (the same N gives the same
 * corpus on every run), schema-valid, with 索引号 above the real ones so nothing collides.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DISCLOSURE_KINDS } from '../../src/lib/disclosure-catalog.ts';
import { formatIndexNumber } from '../../src/lib/index-number.ts';
import { site } from '../../src/site.config.ts';
import { random } from './synthetic-corpus.ts';

function syntheticItem(i: number, next: () => number, topics: readonly { id: string; name: string }[], kinds: readonly string[]): { name: string; text: string } {
  const year = 2010 + (i % 4);
  const month = 1 + Math.floor(next() * 12);
  const day = 1 + Math.floor(next() * 28);
  const issued = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const published = `${year}-${String(month).padStart(2, '0')}-${String(Math.min(28, day + Math.floor(next() * 5))).padStart(2, '0')}`;
  const topic = topics[Math.floor(next() * topics.length)]!;
  const kind = kinds[Math.floor(next() * kinds.length)]!;
  const validity = next() < 0.1 ? '失效' : next() < 0.05 ? '废止' : '有效';
  const indexNo = formatIndexNumber({ orgCode: site.indexNoOrgCode, year, serial: 50000 + Math.floor(i / 4) });
  const paragraph = `本条是基准测试生成的第 ${i + 1} 条${kind}，主题为${topic.name}。为测试公开目录在大量信息下的构建时间和页面体积，正文包含若干段落，长度与一般通知相当。`;
  const text = [
    '---',
    `title: 基准测试信息 ${i + 1}：关于${topic.name}工作的${kind}`,
    `summary: 基准测试生成的示例信息，主题为${topic.name}，信息类别为${kind}。`,
    `indexNo: ${indexNo}`,
    `issuer: ${site.owner}`,
    `issuedAt: ${issued}`,
    `publishedAt: ${published}`,
    `category: ${topic.id}`,
    `kind: ${kind}`,
    `validity: ${validity}`,
    'sample: true',
    '---',
    '',
    paragraph,
    '',
    `## 一、有关情况\n\n${paragraph.repeat(2)}`,
    '',
    `## 二、工作要求\n\n${paragraph.repeat(2)}`,
    '',
  ].join('\n');
  return { name: `bench-${String(i + 1).padStart(5, '0')}.mdx`, text };
}

/** Writes n synthetic items into <contentDir>/disclosure, using the topics registry of that folder. */
export function writeSyntheticDisclosure(contentDir: string, n: number): void {
  const topics = JSON.parse(readFileSync(join(contentDir, 'data', 'topics.json'), 'utf8')) as { id: string; name: string }[];
  const kinds = DISCLOSURE_KINDS.filter((kind) => kind.name !== '年度报告').map((kind) => kind.name);
  const next = random(n);
  for (let i = 0; i < n; i++) {
    const item = syntheticItem(i, next, topics, kinds);
    writeFileSync(join(contentDir, 'disclosure', item.name), item.text);
  }
}
