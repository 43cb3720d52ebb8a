/**
 * Turns a content file's text into records. YAML is read with the core schema so that dates stay
 * the strings the editor wrote: an impossible date like 2012-13-45 is then reported, instead of
 * silently becoming 2013-02-14 as YAML timestamps would.
 */
import yaml from 'js-yaml';
import type { ContentRecord, Problem } from './types.ts';
import { lineOfOffset, lineOfPath } from './locate.ts';
import { jsonErrorOffset } from './json-error.ts';

const SAFE_FILE_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*\.(mdx|md|json)$/;

export interface ParsedFile {
  records: ContentRecord[];
  problems: Problem[];
}

const SAFE_FOLDER_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** File names become URLs: lower-case ASCII only (sub-folders of a collection likewise). */
export function fileNameProblem(file: string, idPath?: string): Problem | null {
  const name = file.split('/').pop() ?? file;
  const folders = (idPath ?? '').split('/').slice(0, -1);
  if (SAFE_FILE_NAME.test(name) && folders.every((folder) => SAFE_FOLDER_NAME.test(folder))) return null;
  return {
    file,
    field: '文件名',
    message: `文件名“${name}”不符合要求：网址由文件名生成，只能用小写英文字母、数字和连字符“-”`,
    hint: '用拼音或英文命名，例如 mianfei-yunqian-jiancha.mdx',
  };
}

/** An .md/.mdx file: YAML frontmatter between --- lines, then the body. */
export function parseEntryFile(collection: string, file: string, text: string, idPath = idFromFile(file)): ParsedFile {
  const nameProblem = fileNameProblem(file, idPath);
  const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
  const match = /^---\n([\s\S]*?)\n---(?:\n|$)/.exec(normalised);
  if (!match) {
    return {
      records: [],
      problems: [
        ...(nameProblem ? [nameProblem] : []),
        { file, line: 1, field: 'frontmatter', message: '文件开头缺少用 --- 包围的字段区（frontmatter）', hint: '第一行写 ---，接着写 title: 等字段，再用一行 --- 结束' },
      ],
    };
  }
  const source = match[1]!;
  let data: unknown;
  try {
    data = yaml.load(source, { schema: yaml.CORE_SCHEMA }) ?? {};
  } catch (error) {
    return { records: [], problems: [...(nameProblem ? [nameProblem] : []), yamlProblem(file, error, 2)] };
  }
  const id = idPath;
  const bodyLine = source.split('\n').length + 3;
  return {
    records: [{ collection, id, file, line: 2, source, body: normalised.slice(match[0].length), bodyLine, data }],
    problems: nameProblem ? [nameProblem] : [],
  };
}

/** A JSON file that is one entry (a bulletin). */
export function parseJsonEntryFile(collection: string, file: string, text: string): ParsedFile {
  const nameProblem = fileNameProblem(file);
  const parsed = parseJson(file, text);
  if ('problem' in parsed) return { records: [], problems: [...(nameProblem ? [nameProblem] : []), parsed.problem] };
  return {
    records: [{ collection, id: idFromFile(file), file, line: 1, source: text, data: parsed.value }],
    problems: nameProblem ? [nameProblem] : [],
  };
}

/** A registry: a JSON array of items with an id each. */
export function parseRegistryFile(collection: string, file: string, text: string): ParsedFile {
  const parsed = parseJson(file, text);
  if ('problem' in parsed) return { records: [], problems: [parsed.problem] };
  if (!Array.isArray(parsed.value)) {
    return { records: [], problems: [{ file, line: 1, field: '（整个文件）', message: '登记表文件应为 JSON 数组：[ { "id": …, … }, … ]' }] };
  }
  const records: ContentRecord[] = [];
  const problems: Problem[] = [];
  parsed.value.forEach((item: unknown, index: number) => {
    const id = typeof item === 'object' && item !== null && typeof (item as { id?: unknown }).id === 'string' ? (item as { id: string }).id : '';
    const line = lineOfPath(text, 1, [index]);
    if (!id) {
      problems.push({ file, line, field: `[${index}].id`, message: `第 ${index + 1} 项缺少 id`, hint: '每一项都要有唯一的 id，只用小写英文字母、数字和连字符' });
      return;
    }
    records.push({ collection, id, file, line, source: text, data: item });
  });
  return { records, problems };
}

function parseJson(file: string, text: string): { value: unknown } | { problem: Problem } {
  try {
    return { value: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const offset = jsonErrorOffset(text.replace(/^\uFEFF/, ''));
    const line = offset === null ? 1 : lineOfOffset(text, offset);
    return {
      problem: { file, line, field: 'JSON 格式', message: `JSON 格式错误：${message}`, hint: '检查该行附近是否缺少逗号、引号或括号，或多了末尾逗号' },
    };
  }
}

function yamlProblem(file: string, error: unknown, firstLine: number): Problem {
  const mark = (error as { mark?: { line?: number } }).mark;
  const reason = (error as { reason?: string }).reason ?? String(error);
  return {
    file,
    line: firstLine + (mark?.line ?? 0),
    field: 'YAML 格式',
    message: `字段区（frontmatter）格式错误：${reason}`,
    hint: '检查冒号后是否有空格、缩进是否对齐、含冒号或引号的文字是否用引号括起',
  };
}

/** An entry's id is its path inside the collection folder without extension, as Astro makes it. */
export function idFromFile(file: string): string {
  return (file.split('/').pop() ?? file).replace(/\.(mdx|md|json)$/, '');
}

export function idFromPath(pathInCollection: string): string {
  return pathInCollection.replace(/\\/g, '/').replace(/\.(mdx|md|json)$/, '');
}
