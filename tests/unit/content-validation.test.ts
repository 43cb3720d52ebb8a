/** The validator behind npm run check: parsing, locating fields, references and messages. */
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { parseEntryFile, parseRegistryFile, parseJsonEntryFile, fileNameProblem } from '../../src/lib/content-validation/parse-file.ts';
import { validateRecords, formatProblem } from '../../src/lib/content-validation/validate.ts';
import { lineOfPath } from '../../src/lib/content-validation/locate.ts';
import { describeField } from '../../src/lib/content-validation/field-labels.ts';
import { plainReference } from '../../src/schemas/plain-reference.ts';
import { uniqueIndexNumbers } from '../../src/lib/content-rules/unique-index-number.ts';

const noteSchema = z.object({ title: z.string({ error: '标题不能为空，应填写文字' }), topic: plainReference('topics'), date: z.string() });
const topicSchema = z.object({ id: z.string(), name: z.string() });
const specs = [
  { name: 'notes', label: '笔记', schema: noteSchema },
  { name: 'topics', label: '主题分类', schema: topicSchema },
];
const topics = parseRegistryFile('topics', 'content/data/topics.json', '[\n  { "id": "health", "name": "健康" }\n]').records;

describe('parseEntryFile', () => {
  it('reads frontmatter with dates kept as written, and the body', () => {
    const { records, problems } = parseEntryFile('notes', 'content/notes/a.mdx', '---\ntitle: 甲\ndate: 2012-13-45\n---\n正文\n');
    expect(problems).toEqual([]);
    expect(records[0]!.data).toEqual({ title: '甲', date: '2012-13-45' });
    expect(records[0]!.body).toBe('正文\n');
    expect(records[0]!.bodyLine).toBe(5);
  });
  it('reports broken YAML with the file line of the mistake', () => {
    const { problems } = parseEntryFile('notes', 'content/notes/a.mdx', '---\ntitle: 甲\nsummary: [没有闭合\n---\n');
    expect(problems[0]).toMatchObject({ file: 'content/notes/a.mdx', field: 'YAML 格式' });
    expect(problems[0]!.line).toBeGreaterThanOrEqual(3);
  });
  it('reports a file without frontmatter', () => {
    expect(parseEntryFile('notes', 'content/notes/a.mdx', '正文').problems[0]!.field).toBe('frontmatter');
  });
  it('uses the path inside the collection as the id, like Astro', () => {
    expect(parseEntryFile('pages', 'content/pages/disclosure/guide.mdx', '---\ntitle: 指南\n---\n', 'disclosure/guide').records[0]!.id).toBe('disclosure/guide');
  });
});

describe('file names', () => {
  it('refuses Chinese, upper-case and spaced file names', () => {
    expect(fileNameProblem('content/news/工作动态.mdx')?.message).toContain('只能用小写英文字母');
    expect(fileNameProblem('content/news/News.mdx')).not.toBeNull();
    expect(fileNameProblem('content/news/a b.mdx')).not.toBeNull();
    expect(fileNameProblem('content/news/2012-work-meeting.mdx')).toBeNull();
  });
});

describe('JSON files', () => {
  it('names the line of a JSON syntax error', () => {
    const { problems } = parseJsonEntryFile('bulletins', 'content/bulletins/2012-h1.json', '{\n  "period": "2012-H1",\n  "issue": 1,,\n}');
    expect(problems[0]).toMatchObject({ file: 'content/bulletins/2012-h1.json', line: 3, field: 'JSON 格式' });
  });
  it('requires an id on every registry item', () => {
    expect(parseRegistryFile('topics', 'content/data/topics.json', '[{ "name": "无 id" }]').problems[0]!.message).toContain('缺少 id');
  });
});

describe('validateRecords', () => {
  it('reports a missing field by name, with its Chinese label and line', () => {
    const note = parseEntryFile('notes', 'content/notes/a.mdx', '---\ntopic: health\ndate: x\n---\n').records;
    const { problems } = validateRecords([...note, ...topics], specs);
    expect(problems).toHaveLength(1);
    expect(formatProblem(problems[0]!)).toBe('content/notes/a.mdx:2  title（标题）  缺少必填字段“title”（标题）  请添加一行 title: …（标题不能为空，应填写文字）');
  });
  it('reports a reference to an entry that does not exist, with the line and the ids that do', () => {
    const note = parseEntryFile('notes', 'content/notes/a.mdx', '---\ntitle: 甲\ndate: x\ntopic: helth\n---\n').records;
    const { problems } = validateRecords([...note, ...topics], specs);
    expect(problems).toEqual([
      { file: 'content/notes/a.mdx', line: 4, field: 'topic', message: '引用的主题分类“helth”不存在', hint: '请改为已有的 id，例如：health' },
    ]);
  });
  it('passes valid records through into the snapshot', () => {
    const note = parseEntryFile('notes', 'content/notes/a.mdx', '---\ntitle: 甲\ndate: x\ntopic: health\n---\n').records;
    const { problems, snapshot } = validateRecords([...note, ...topics], specs);
    expect(problems).toEqual([]);
    expect(snapshot.get('notes')![0]!.data['topic']).toEqual({ collection: 'topics', id: 'health' });
  });
  it('runs corpus rules: a duplicate 索引号 is reported on every file that uses it', () => {
    const schema = z.object({ indexNo: z.string() });
    const a = parseEntryFile('disclosure', 'content/disclosure/a.mdx', '---\nindexNo: 11A0XC-2012-00001\n---\n').records;
    const b = parseEntryFile('disclosure', 'content/disclosure/b.mdx', '---\ntitle: 乙\nindexNo: 11A0XC-2012-00001\n---\n').records;
    const { problems } = validateRecords([...a, ...b], [{ name: 'disclosure', label: '政府信息公开', schema }], [uniqueIndexNumbers]);
    expect(problems.map((problem) => `${problem.file}:${problem.line}`)).toEqual(['content/disclosure/a.mdx:2', 'content/disclosure/b.mdx:3']);
    expect(problems[1]!.field).toBe('indexNo（索引号）');
    expect(problems[1]!.message).toContain('content/disclosure/a.mdx 也在使用');
  });
});

describe('locating fields', () => {
  it('finds nested keys and list items in YAML', () => {
    const yaml = 'title: 甲\nmaterials:\n  - name: 身份证\n    count: 1\n  - name: 户口簿\n    count: 0\n';
    expect(lineOfPath(yaml, 2, ['materials', 1, 'count'])).toBe(7);
    expect(lineOfPath(yaml, 2, ['materials'])).toBe(3);
  });
  it('describes paths with Chinese labels', () => {
    expect(describeField(['materials', 1, 'count'])).toBe('materials[1].count（份数）');
  });
});

describe('jsonErrorOffset', () => {
  it('finds trailing commas, missing commas and unclosed strings', async () => {
    const { jsonErrorOffset } = await import('../../src/lib/content-validation/json-error.ts');
    expect(jsonErrorOffset('{"a": 1}')).toBeNull();
    expect(jsonErrorOffset('[1, 2,]')).toBe(6);
    expect(jsonErrorOffset('{"a": 1 "b": 2}')).toBe(8);
    expect(jsonErrorOffset('{"a": "x\n"}')).toBe(8);
  });
});
