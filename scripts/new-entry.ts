/**
 * `npm run new`: creates a new content entry with every required field filled in.
 *
 *   npm run new                                  asks which kind of entry, then each field
 *   npm run new -- services                      a 办事指南, asking each field
 *   npm run new -- services --title 免费孕前优生健康检查 --yes
 *                                                no questions: defaults and “待填写” placeholders
 *
 * Flags: --title, --slug (English or pinyin file name), --summary, and any field name of the kind
 * (--issuer, --level, --lifeStages a,b …); --yes fills the rest without asking; --dry-run prints
 * the file instead of writing it. Writes to content/ (or CONTENT_DIR); never overwrites a file.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { stdin, stdout } from 'node:process';
import {
  answerProblems,
  chooseSlug,
  completeAnswers,
  copiedAsIs,
  fieldsToAsk,
  findTemplate,
  isEmpty,
  renderEntry,
  splitIds,
  splitList,
  templates,
  type Answers,
  type CollectionTemplate,
  type FieldSpec,
  type ScaffoldContext,
} from './lib/scaffold.ts';
import { readScaffoldContext } from './lib/scaffold-context.ts';

interface Flags {
  positional: string[];
  values: Map<string, string>;
  yes: boolean;
  dryRun: boolean;
  help: boolean;
}

function parseFlags(argv: readonly string[]): Flags {
  const flags: Flags = { positional: [], values: new Map(), yes: false, dryRun: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--yes' || arg === '-y') flags.yes = true;
    else if (arg === '--dry-run') flags.dryRun = true;
    else if (arg === '--help' || arg === '-h') flags.help = true;
    else if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const key = camel(eq > 0 ? arg.slice(2, eq) : arg.slice(2));
      const value = eq > 0 ? arg.slice(eq + 1) : (argv[++i] ?? '');
      flags.values.set(key, value);
    } else flags.positional.push(arg);
  }
  return flags;
}

/** --life-stages and --lifeStages are the same flag. */
function camel(name: string): string {
  return name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

function parseAnswer(field: FieldSpec, text: string, ctx: ScaffoldContext): Answers[string] {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  if (field.kind === 'list') return splitList(trimmed);
  if (field.kind === 'number') return Number(trimmed);
  if (field.kind === 'choice' || field.kind === 'multi') {
    const choices = field.choices?.(ctx) ?? [];
    // Numbers from the printed list, ids, or names all work.
    const pick = (token: string) => {
      const byNumber = /^\d+$/.test(token) ? choices[Number(token) - 1] : undefined;
      return (byNumber ?? choices.find((c) => c.id === token || c.name === token))?.id ?? token;
    };
    const picked = (field.kind === 'multi' ? splitIds(trimmed) : [trimmed]).map(pick);
    return field.kind === 'multi' ? picked : picked[0];
  }
  return trimmed;
}

function usage(): string {
  return [
    '用法：npm run new -- <栏目> [--title 标题] [--slug 文件名] [--字段 值 …] [--yes] [--dry-run]',
    '',
    '栏目（写英文名、文件夹名或中文名均可）：',
    ...templates.map((t) => `  ${t.name.padEnd(15)} ${t.label}（content/${t.folder}/）`),
    '',
    '不加 --yes 时逐项提问；加 --yes 时未给出的字段用默认值或“待填写”占位文字。',
  ].join('\n');
}

const contentDir = process.env['CONTENT_DIR'] ?? 'content';
const flags = parseFlags(process.argv.slice(2));
if (flags.help) {
  console.log(usage());
  process.exit(0);
}

const ctx = await readScaffoldContext(contentDir);
const interactive = !flags.yes;
const rl = interactive ? createInterface({ input: stdin, output: stdout, terminal: stdin.isTTY === true }) : undefined;
// Read answers line by line (rather than rl.question) so that answers piped in all at once are not lost.
const lines = rl?.[Symbol.asyncIterator]();

async function ask(question: string): Promise<string> {
  if (!lines) return '';
  stdout.write(question);
  const next = await lines.next();
  if (!stdin.isTTY) stdout.write('\n');
  return next.done ? '' : next.value; // input closed: take the defaults
}

function fail(message: string): never {
  rl?.close();
  console.error(message);
  process.exit(1);
}

let template: CollectionTemplate | undefined;
const collectionName = flags.values.get('collection') ?? flags.positional[0];
if (collectionName) {
  template = findTemplate(collectionName);
  if (!template) fail(`没有名为“${collectionName}”的栏目。\n\n${usage()}`);
} else if (interactive) {
  console.log('要新建哪类内容？');
  templates.forEach((t, i) => console.log(`  ${i + 1}) ${t.label}（${t.name}）`));
  const answer = (await ask('请输入序号：')).trim();
  template = templates[Number(answer) - 1] ?? findTemplate(answer);
  if (!template) fail(`没有这个栏目：“${answer}”。`);
} else fail(usage());

const given: Answers = {};
for (const field of template.fields) {
  const text = flags.values.get(field.key);
  if (text !== undefined) given[field.key] = parseAnswer(field, text, ctx);
}
let slugText = flags.values.get('slug');

if (interactive) {
  console.log(`\n新建${template.label}。直接回车采用方括号里的默认值。`);
  for (const field of fieldsToAsk(template, given)) {
    if (!isEmpty(given[field.key])) continue;
    const choices = field.choices?.(ctx) ?? [];
    if (field.choices && choices.length === 0 && !field.required) continue; // nothing to choose from yet
    if (choices.length > 0) {
      console.log(`${field.label}可选：`);
      choices.forEach((c, i) => console.log(`  ${i + 1}) ${c.name}${c.name === c.id ? '' : `（${c.id}）`}`));
    }
    const fallback = field.fallback?.(ctx, given);
    const shown = fallback === undefined ? '' : Array.isArray(fallback) ? fallback.join('、') : String(fallback);
    const help = field.help ? `（${field.help}）` : choices.length > 0 ? (field.kind === 'multi' ? '（填序号，多个用逗号分隔）' : '（填序号）') : '';
    given[field.key] = parseAnswer(field, await ask(`${field.label}${help}${shown ? ` [${shown}]` : ''}：`), ctx);
  }
  if (slugText === undefined && template.name !== 'bulletins') {
    const suggested = chooseSlug(template, given, undefined, ctx);
    const shown = 'slug' in suggested ? suggested.slug : '';
    slugText = (await ask(`文件名（只用小写英文字母、数字和“-”，成为网址的一部分）${shown ? ` [${shown}]` : ''}：`)).trim() || undefined;
  }
}
rl?.close();

const answers = completeAnswers(template, given, ctx);
const problems = answerProblems(template, answers, ctx);
if (problems.length > 0) fail(`无法新建：\n${problems.map((p) => `  - ${p}`).join('\n')}`);
const chosen = chooseSlug(template, answers, slugText, ctx);
if ('error' in chosen) fail(chosen.error);

const result = renderEntry(template, answers, chosen.slug, ctx);
if (flags.dryRun) {
  console.log(result.text);
  process.exit(0);
}
const target = join(contentDir, result.path);
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, result.text, { flag: 'wx' });
const shownPath = relative(process.cwd(), target) || target;
console.log(`已新建 ${shownPath}`);
console.log(`网址：${result.url}`);
if (template.ext === 'mdx') {
  console.log('下一步：');
  console.log(`  1. 打开 ${shownPath}，把所有“待填写”换成正式内容；`);
  console.log(`  2. 运行 npm run dev，在浏览器打开 http://localhost:4321${result.url} 预览（草稿只在预览中显示）；`);
  console.log('  3. 写完后删除 draft: true 这一行，运行 npm run check，全部通过后提交。');
} else {
  const copied = copiedAsIs(ctx);
  console.log(`下一步：把每个数据集 series 里的 null 换成本期数字${copied.length > 0 ? `，逐项更新照抄自上一期的 ${copied.join('、')}` : ''}，补写 summary、notes，删除 "draft": true 这一行，运行 npm run check。`);
}
