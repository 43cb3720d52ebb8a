/**
 * What `npm run new` asks for and writes, per collection. Pure: it is handed the registries and
 * existing entries (ScaffoldContext) and returns the new file's path and text; the command line
 * (scripts/new-entry.ts) does the asking and the writing.
 *
 * A new entry starts as a draft (`draft: true`): it shows in `npm run dev`, never on the public site,
 * until the editor deletes that line. Anything the editor has not given yet is written as a
 * “待填写：…” placeholder, which `npm run check` (lint rule 占位文字) rejects in a published entry.
 */
import { nextIndexNumber } from '../../src/lib/index-number.ts';
import { normaliseSlug, slugify } from '../../src/lib/slug.ts';
import { policyLevels } from '../../src/schemas/policy.ts';
import { youthAudiences, youthKinds } from '../../src/schemas/youth.ts';
import { developmentDomains } from '../../src/schemas/early-childhood.ts';
import { disclosureKinds } from '../../src/schemas/disclosure.ts';
import { newsKinds } from '../../src/schemas/news.ts';

export const PLACEHOLDER = '待填写';

export interface Choice {
  id: string;
  name: string;
}

/** Registries and existing entries the prompts offer, read from content/ by scaffold-context.ts. */
export interface ScaffoldContext {
  today: string;
  orgCode: string;
  /** Default issuer / provider: the publishing office (site.config.ts). */
  owner: string;
  operator: string;
  lifeStages: Choice[];
  topics: Choice[];
  audiences: Choice[];
  servicePoints: Choice[];
  policies: Choice[];
  services: Choice[];
  /** 索引号 already used by disclosure items. */
  indexNumbers: string[];
  /** The latest bulletin's parsed JSON, to copy its structure. */
  latestBulletin?: Record<string, unknown> | undefined;
  /** True when content/<folder>/<slug>.<ext> already exists. */
  exists: (folder: string, slug: string) => boolean;
}

export type FieldKind = 'text' | 'date' | 'datetime' | 'number' | 'choice' | 'multi' | 'list';

export interface FieldSpec {
  key: string;
  label: string;
  kind: FieldKind;
  /** Required fields are always written; optional ones only when given. */
  required: boolean;
  /** For choice/multi: what may be chosen. */
  choices?: (ctx: ScaffoldContext) => Choice[];
  /** At least one item (multi/list). */
  min1?: boolean;
  /** Value when the editor gives none (after --yes or an empty answer). */
  fallback?: (ctx: ScaffoldContext, answers: Answers) => Answer;
  /** Short help shown with the prompt and as a YAML comment. */
  help?: string;
  /** Ask only when this holds (e.g. event fields only for 活动预告). */
  when?: (answers: Answers) => boolean;
}

export type Answer = string | number | string[];
export type Answers = Record<string, Answer | undefined>;

export interface CollectionTemplate {
  name: string;
  folder: string;
  label: string;
  /** URL of an entry: /services/<slug>/ */
  url: (slug: string) => string;
  ext: 'mdx' | 'json';
  fields: FieldSpec[];
  body: string;
}

const placeholder = (what: string) => () => `${PLACEHOLDER}：${what}`;
const today = (ctx: ScaffoldContext) => ctx.today;
const fixed = (...values: string[]) => () => values.map((value) => ({ id: value, name: value }));

const titleFields: FieldSpec[] = [
  { key: 'title', label: '标题', kind: 'text', required: true, help: '页面标题，最多 120 字' },
  { key: 'summary', label: '摘要', kind: 'text', required: true, fallback: placeholder('一两句话概括本页内容，显示在列表和搜索结果中'), help: '一两句话，最多 300 字' },
];

const sampleField: FieldSpec = { key: 'sample', label: '是否含示例数据', kind: 'choice', required: true, choices: fixed('false', 'true'), fallback: () => 'false', help: '内容中有未经公开来源核实的地址、电话、数字时填 true，页面会显示“示例数据”提示' };

const lifeStagesField = (min1: boolean): FieldSpec => ({ key: 'lifeStages', label: '人生阶段', kind: 'multi', required: min1, min1, choices: (ctx) => ctx.lifeStages, ...(min1 ? { fallback: (ctx: ScaffoldContext) => ctx.lifeStages.slice(0, 1).map((c) => c.id) } : {}) });
const topicsField: FieldSpec = { key: 'topics', label: '主题分类', kind: 'multi', required: false, choices: (ctx) => ctx.topics };
const audiencesField: FieldSpec = { key: 'audiences', label: '服务人群', kind: 'multi', required: false, choices: (ctx) => ctx.audiences };

const HEADING_HINT = '正文从二级标题“## ”开始，不要写“# 一级标题”（页面标题就是一级标题），标题按 ## → ### 的顺序使用。';
const LINK_HINT = '网址要写成链接：[链接文字](https://…)；站内链接写 /services/… 这样的路径。';
const PUNCT_HINT = '中文句子用全角标点：，。；：？！（）';

function body(sections: { heading: string; hint: string }[], intro: string): string {
  const parts = [`{/* ${intro} */}`, `{/* ${HEADING_HINT} */}`, `{/* ${LINK_HINT} ${PUNCT_HINT} */}`, ''];
  for (const section of sections) {
    parts.push(`## ${section.heading}`, '', `{/* ${section.hint} */}`, '', `${PLACEHOLDER}：${section.heading}。`, '');
  }
  return parts.join('\n');
}

export const templates: readonly CollectionTemplate[] = [
  {
    name: 'policies',
    folder: 'policies',
    label: '政策法规',
    url: (slug) => `/policies/${slug}/`,
    ext: 'mdx',
    fields: [
      ...titleFields,
      { key: 'docNumber', label: '文号', kind: 'text', required: false, help: '例如 西政发〔2012〕4号；没有文号就留空' },
      { key: 'issuer', label: '发布机构', kind: 'text', required: true, fallback: placeholder('发布机构') },
      { key: 'level', label: '层级', kind: 'choice', required: true, choices: fixed(...policyLevels), fallback: () => '区级' },
      { key: 'issuedAt', label: '成文日期', kind: 'date', required: true, fallback: today },
      { key: 'publishedAt', label: '发布日期', kind: 'date', required: true, fallback: (ctx, answers) => String(answers['issuedAt'] ?? ctx.today) },
      topicsField,
      lifeStagesField(false),
      audiencesField,
      sampleField,
    ],
    body: body(
      [
        { heading: '主要内容', hint: '概述政策的适用对象、主要规定和标准；原文较长时分条摘录。' },
        { heading: '解读', hint: '用通俗的话说明这项政策对居民意味着什么、到哪里办理（可链接到办事指南）。' },
      ],
      '政策法规正文：写明政策要点，引用原文请注明出处。',
    ),
  },
  {
    name: 'services',
    folder: 'services',
    label: '办事指南',
    url: (slug) => `/services/${slug}/`,
    ext: 'mdx',
    fields: [
      ...titleFields,
      { key: 'provider', label: '实施主体', kind: 'text', required: true, fallback: (ctx) => ctx.operator },
      { key: 'audience', label: '服务对象', kind: 'text', required: true, fallback: placeholder('服务对象') },
      { key: 'eligibility', label: '受理条件', kind: 'list', required: true, min1: true, fallback: () => [`${PLACEHOLDER}：受理条件`], help: '多条用“；”分隔' },
      { key: 'materials', label: '申请材料', kind: 'list', required: true, min1: true, fallback: () => [`${PLACEHOLDER}：材料名称`], help: '材料名称，多项用“；”分隔；原件/复印件和份数在文件里改' },
      { key: 'steps', label: '办理流程', kind: 'list', required: true, min1: true, fallback: () => [`${PLACEHOLDER}：第一步`], help: '每一步的名称，用“；”分隔' },
      { key: 'timeLimit', label: '办理时限', kind: 'text', required: true, fallback: placeholder('办理时限，例如 即时办结') },
      { key: 'fee', label: '收费标准', kind: 'text', required: true, fallback: placeholder('收费标准，例如 不收费') },
      { key: 'locations', label: '办理地点（服务点）', kind: 'multi', required: true, min1: true, choices: (ctx) => ctx.servicePoints, fallback: (ctx) => ctx.servicePoints.slice(0, 1).map((c) => c.id) },
      { key: 'hotline', label: '咨询电话', kind: 'text', required: true, fallback: placeholder('咨询电话') },
      { key: 'complaint', label: '监督投诉', kind: 'text', required: true, fallback: placeholder('监督投诉电话或渠道') },
      { key: 'basis', label: '设定依据（政策法规）', kind: 'multi', required: false, choices: (ctx) => ctx.policies },
      lifeStagesField(true),
      audiencesField,
      topicsField,
      { key: 'updatedAt', label: '更新日期', kind: 'date', required: true, fallback: today },
      sampleField,
    ],
    body: body(
      [
        { heading: '注意事项', hint: '每条一行，以“- ”开头：容易出错的地方、需要提前预约的情况等。' },
        { heading: '常见问题', hint: '用“### 问题”作小标题，下面写回答。' },
      ],
      '办事指南的服务对象、材料、流程、地点都写在上面的字段里，正文只写注意事项和常见问题。',
    ),
  },
  {
    name: 'youth',
    folder: 'youth',
    label: '青春健康',
    url: (slug) => `/youth/${slug}/`,
    ext: 'mdx',
    fields: [
      ...titleFields,
      { key: 'audience', label: '读者对象', kind: 'choice', required: true, choices: fixed(...youthAudiences), fallback: () => youthAudiences[0] },
      { key: 'kind', label: '类型', kind: 'choice', required: true, choices: fixed(...youthKinds), fallback: () => youthKinds[0] },
      { key: 'publishedAt', label: '发布日期', kind: 'date', required: true, fallback: today },
      { key: 'tags', label: '标签', kind: 'list', required: false, help: '多个用“；”分隔' },
      sampleField,
    ],
    body: body([{ heading: '正文小标题', hint: '把文章分成几个小节，每节一个二级标题；句子短，少用术语。' }], '青春健康文章、课程或活动介绍。活动请写明时间、地点和报名方式。'),
  },
  {
    name: 'earlyChildhood',
    folder: 'early-childhood',
    label: '婴幼儿早期发展',
    url: (slug) => `/early-childhood/${slug}/`,
    ext: 'mdx',
    fields: [
      ...titleFields,
      { key: 'ageFrom', label: '适用起始月龄（0—36）', kind: 'number', required: true, fallback: () => 0 },
      { key: 'ageTo', label: '适用结束月龄（0—36）', kind: 'number', required: true, fallback: () => 36 },
      { key: 'domains', label: '发展领域', kind: 'multi', required: true, min1: true, choices: fixed(...developmentDomains), fallback: () => [developmentDomains[0]] },
      { key: 'publishedAt', label: '发布日期', kind: 'date', required: true, fallback: today },
      sampleField,
    ],
    body: body(
      [
        { heading: '这个阶段的特点', hint: '用家长能看懂的话描述。' },
        { heading: '在家可以这样做', hint: '每条一行，以“- ”开头。' },
      ],
      '婴幼儿早期发展指导：按月龄写，具体、可操作。',
    ),
  },
  {
    name: 'disclosure',
    folder: 'disclosure',
    label: '政府信息公开',
    url: (slug) => `/disclosure/${slug}/`,
    ext: 'mdx',
    fields: [
      ...titleFields,
      { key: 'publishedAt', label: '发布日期', kind: 'date', required: true, fallback: today },
      { key: 'indexNo', label: '索引号', kind: 'text', required: true, fallback: (ctx, answers) => nextIndexNumber(ctx.indexNumbers, ctx.orgCode, Number(String(answers['publishedAt'] ?? ctx.today).slice(0, 4))), help: '自动取下一个可用的索引号，一般不用改' },
      { key: 'docNumber', label: '文号', kind: 'text', required: false, help: '例如 西政发〔2012〕4号；没有文号就留空' },
      { key: 'issuer', label: '发布机构', kind: 'text', required: true, fallback: (ctx) => ctx.owner },
      { key: 'issuedAt', label: '成文日期', kind: 'date', required: true, fallback: (ctx, answers) => String(answers['publishedAt'] ?? ctx.today) },
      { key: 'category', label: '主题分类', kind: 'choice', required: true, choices: (ctx) => ctx.topics, fallback: (ctx) => ctx.topics[0]?.id ?? '' },
      { key: 'kind', label: '信息类别', kind: 'choice', required: true, choices: fixed(...disclosureKinds.filter((kind) => kind !== '年度报告')), fallback: () => '通知公告', help: '年度报告请复制上一年的年度报告文件修改' },
      { key: 'validity', label: '有效性', kind: 'choice', required: true, choices: fixed('有效', '失效', '废止'), fallback: () => '有效' },
      { key: 'relatedPolicies', label: '相关政策法规', kind: 'multi', required: false, choices: (ctx) => ctx.policies },
      { key: 'relatedServices', label: '相关办事指南', kind: 'multi', required: false, choices: (ctx) => ctx.services },
      sampleField,
    ],
    body: body([{ heading: '正文', hint: '照录公开文件的正文；附件放在 public/files/ 下，并在字段 attachments 中列出。' }], '政府信息公开条目：元数据（索引号、文号、发布机构、日期）都在上面的字段里。'),
  },
  {
    name: 'news',
    folder: 'news',
    label: '工作动态',
    url: (slug) => `/news/${slug}/`,
    ext: 'mdx',
    fields: [
      ...titleFields,
      { key: 'kind', label: '类型', kind: 'choice', required: true, choices: fixed(...newsKinds), fallback: () => newsKinds[0] },
      { key: 'publishedAt', label: '发布日期', kind: 'date', required: true, fallback: today },
      { key: 'startsAt', label: '活动开始时间', kind: 'datetime', required: true, when: (answers) => answers['kind'] === '活动预告', fallback: (ctx) => `${ctx.today} 09:00`, help: '格式 YYYY-MM-DD HH:MM' },
      { key: 'endsAt', label: '活动结束时间', kind: 'datetime', required: true, when: (answers) => answers['kind'] === '活动预告', fallback: (ctx, answers) => String(answers['startsAt'] ?? `${ctx.today} 09:00`).slice(0, 10) + ' 11:00', help: '格式 YYYY-MM-DD HH:MM' },
      { key: 'place', label: '活动地点', kind: 'text', required: true, when: (answers) => answers['kind'] === '活动预告', fallback: placeholder('活动地点') },
      { key: 'tags', label: '标签', kind: 'list', required: false, help: '多个用“；”分隔' },
      sampleField,
    ],
    body: body([{ heading: '正文小标题', hint: '第一段写清时间、地点、做了什么；短新闻可以不用小标题，直接写段落。' }], '工作动态：何时、何地、谁、做了什么、有什么效果。'),
  },
  {
    name: 'pages',
    folder: 'pages',
    label: '单页',
    url: (slug) => `/${slug}/`,
    ext: 'mdx',
    fields: [
      ...titleFields,
      { key: 'updatedAt', label: '更新日期', kind: 'date', required: true, fallback: today },
      { key: 'footerOrder', label: '页脚“关于本站”中的顺序', kind: 'number', required: false, help: '不在页脚列出就留空' },
      sampleField,
    ],
    body: body([{ heading: '小标题', hint: '单页（如联系我们、信息公开指南）分几个小节写。' }], '单页正文。'),
  },
  {
    name: 'bulletins',
    folder: 'bulletins',
    label: '人口专刊',
    url: (slug) => `/bulletins/${slug}/`,
    ext: 'json',
    fields: [
      { key: 'period', label: '期间（如 2012-H1）', kind: 'text', required: true, fallback: (ctx) => nextPeriod(ctx) },
      { key: 'title', label: '标题', kind: 'text', required: true, fallback: (ctx, answers) => bulletinTitle(String(answers['period'] ?? nextPeriod(ctx))) },
      { key: 'publishedAt', label: '发布日期', kind: 'date', required: true, fallback: today },
    ],
    body: '',
  },
];

/** Collection names, folder names and Chinese labels all find the template. */
export function findTemplate(name: string): CollectionTemplate | undefined {
  const wanted = name.trim();
  return templates.find((t) => t.name === wanted || t.folder === wanted || t.label === wanted || t.name.toLowerCase() === wanted.toLowerCase());
}

/** 2012-H1 → 2012-H2 → 2013-H1; without a previous bulletin, the half-year of today. */
export function nextPeriod(ctx: ScaffoldContext): string {
  const latest = typeof ctx.latestBulletin?.['period'] === 'string' ? (ctx.latestBulletin['period'] as string) : undefined;
  const match = latest ? /^(\d{4})-H([12])$/.exec(latest) : null;
  if (match) return match[2] === '1' ? `${match[1]}-H2` : `${Number(match[1]) + 1}-H1`;
  const month = Number(ctx.today.slice(5, 7));
  return `${ctx.today.slice(0, 4)}-H${month <= 6 ? 1 : 2}`;
}

function bulletinTitle(period: string): string {
  const match = /^(\d{4})-H([12])$/.exec(period);
  return match ? `西城区人口专刊（${match[1]}年${match[2] === '1' ? '上' : '下'}半年）` : `西城区人口专刊（${period}）`;
}

/** Top-level parts of the latest bulletin that a new bulletin copies unchanged (to be updated by hand). */
export function copiedAsIs(ctx: ScaffoldContext): string[] {
  const known = new Set(['draft', 'period', 'issue', 'title', 'summary', 'publishedAt', 'sample', 'source', 'notes', 'revisions', 'datasets']);
  return Object.keys(ctx.latestBulletin ?? {}).filter((key) => !known.has(key));
}

/** Fields the editor is asked for, given the answers so far. */
export function fieldsToAsk(template: CollectionTemplate, answers: Answers): FieldSpec[] {
  return template.fields.filter((field) => !field.when || field.when(answers));
}

/** Fills every field not answered with its fallback. Returns the complete answers. */
export function completeAnswers(template: CollectionTemplate, given: Answers, ctx: ScaffoldContext): Answers {
  const answers: Answers = { ...given };
  for (const field of template.fields) {
    if (field.when && !field.when(answers)) continue;
    if (isEmpty(answers[field.key]) && field.fallback) answers[field.key] = field.fallback(ctx, answers);
  }
  return answers;
}

export function isEmpty(value: Answer | undefined): boolean {
  return value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

/** Problems with the answers that would make a bad file: messages for editors. */
export function answerProblems(template: CollectionTemplate, answers: Answers, ctx: ScaffoldContext): string[] {
  const problems: string[] = [];
  for (const field of fieldsToAsk(template, answers)) {
    const value = answers[field.key];
    if (field.required && isEmpty(value)) {
      problems.push(`缺少“${field.label}”（--${field.key}）`);
      continue;
    }
    if (isEmpty(value)) continue;
    if (field.kind === 'choice' || field.kind === 'multi') {
      const allowed = new Set((field.choices?.(ctx) ?? []).map((c) => c.id));
      for (const item of Array.isArray(value) ? value : [String(value)]) {
        if (!allowed.has(item)) problems.push(`“${field.label}”不能是“${item}”，可选：${[...allowed].join('、')}`);
      }
    }
    if (field.kind === 'date' && !/^\d{4}-\d{2}-\d{2}$/.test(String(value))) problems.push(`“${field.label}”应为 YYYY-MM-DD 格式的日期，现在是“${String(value)}”`);
    if (field.kind === 'datetime' && !/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/.test(String(value))) problems.push(`“${field.label}”应为 YYYY-MM-DD HH:MM，现在是“${String(value)}”`);
    if (field.kind === 'number' && !Number.isInteger(Number(value))) problems.push(`“${field.label}”应为整数，现在是“${String(value)}”`);
  }
  return problems;
}

export interface ScaffoldResult {
  /** Path relative to the content folder, e.g. services/mian-fei-yun-qian.mdx */
  path: string;
  slug: string;
  url: string;
  text: string;
}

/**
 * The slug to use: the editor's (normalised; must be ASCII) or the title's pinyin.
 * Returns an error message instead when there is none or the file already exists.
 */
export function chooseSlug(template: CollectionTemplate, answers: Answers, givenSlug: string | undefined, ctx: ScaffoldContext): { slug: string } | { error: string } {
  let slug: string;
  if (template.name === 'bulletins' && !givenSlug) {
    slug = String(answers['period'] ?? '').toLowerCase();
  } else if (givenSlug) {
    const normalised = normaliseSlug(givenSlug);
    if (!normalised) return { error: `文件名“${givenSlug}”不可用：只能用小写英文字母、数字和连字符“-”，例如 mianfei-yunqian-jiancha（网址由文件名生成，不能用中文）` };
    slug = normalised;
  } else {
    slug = slugify(String(answers['title'] ?? ''));
    if (!slug) return { error: '无法从标题生成文件名，请用 --slug 给出英文或拼音文件名，例如 --slug lianxi-women' };
  }
  if (ctx.exists(template.folder, slug)) {
    return { error: `content/${template.folder}/${slug}.${template.ext} 已存在，不会覆盖。请用 --slug 换一个文件名，例如 --slug ${slug}-2` };
  }
  return { slug };
}

/** The new file's text. `answers` must be complete (see completeAnswers). */
export function renderEntry(template: CollectionTemplate, answers: Answers, slug: string, ctx: ScaffoldContext): ScaffoldResult {
  const text = template.ext === 'json' ? renderBulletin(answers, ctx) : renderMdx(template, answers);
  return { path: `${template.folder}/${slug}.${template.ext}`, slug, url: template.url(slug), text };
}

function renderMdx(template: CollectionTemplate, answers: Answers): string {
  const lines: string[] = ['---'];
  for (const field of fieldsToAsk(template, answers)) {
    const value = answers[field.key];
    if (isEmpty(value)) {
      if (field.required || field.kind === 'multi') lines.push(`${field.key}: []  # ${field.label}`);
      continue;
    }
    if (template.name === 'earlyChildhood' && (field.key === 'ageFrom' || field.key === 'ageTo')) continue;
    if (template.name === 'news' && ['startsAt', 'endsAt', 'place'].includes(field.key)) continue;
    lines.push(...renderField(template, field, value!));
    if (template.name === 'earlyChildhood' && field.key === 'summary') {
      lines.push('ageMonths:  # 适用月龄（0—36）', `  from: ${Number(answers['ageFrom'])}`, `  to: ${Number(answers['ageTo'])}`);
    }
    if (template.name === 'news' && field.key === 'publishedAt' && answers['kind'] === '活动预告') {
      lines.push('event:  # 活动时间和地点', `  startsAt: ${yamlString(String(answers['startsAt']))}`, `  endsAt: ${yamlString(String(answers['endsAt']))}`, `  place: ${yamlString(String(answers['place']))}`);
    }
  }
  lines.push('draft: true  # 草稿：只在 npm run dev 预览中显示。写完并检查无误后删除这一行，页面才会正式发布', '---', '', template.body);
  return lines.join('\n');
}

function renderField(template: CollectionTemplate, field: FieldSpec, value: Answer): string[] {
  const comment = `  # ${field.label}${field.help ? `：${field.help}` : ''}`;
  if (template.name === 'services' && field.key === 'materials') {
    return [`materials:${comment}`, ...(value as string[]).flatMap((name) => [`  - name: ${yamlString(name)}`, '    form: 原件  # 原件、复印件 或 原件和复印件', '    count: 1  # 份数'])];
  }
  if (template.name === 'services' && field.key === 'steps') {
    return [`steps:${comment}`, ...(value as string[]).flatMap((title) => [`  - title: ${yamlString(title)}`, `    detail: ${yamlString(`${PLACEHOLDER}：这一步怎样办`)}`])];
  }
  if (field.kind === 'list' && template.name === 'services') {
    return [`${field.key}:${comment}`, ...(value as string[]).map((item) => `  - ${yamlString(item)}`)];
  }
  if (Array.isArray(value)) return [`${field.key}: [${value.map((item) => yamlString(item, true)).join(', ')}]${comment}`];
  if (field.kind === 'number') return [`${field.key}: ${Number(value)}${comment}`];
  if (field.key === 'sample') return [`sample: ${value === 'true' ? 'true' : 'false'}${comment}`];
  return [`${field.key}: ${yamlString(String(value))}${comment}`];
}

/**
 * A YAML scalar for a string: plain when that is unambiguous, else double-quoted (JSON strings are
 * valid YAML). Dates (YYYY-MM-DD) stay plain: the validator reads them as text.
 */
export function yamlString(value: string, inFlow = false): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const risky =
    value === '' ||
    value !== value.trim() ||
    /^[-?:,[\]{}#&*!|>'"%@`]/.test(value) ||
    /: |:$| #/.test(value) ||
    (inFlow && /[,[\]{}]/.test(value)) ||
    /^(true|false|yes|no|on|off|null|~)$/i.test(value) ||
    /^[-+]?[\d.:_ ]+$/.test(value) ||
    /[\n\t]/.test(value);
  return risky ? JSON.stringify(value) : value;
}

/** The latest bulletin with its numbers emptied: same datasets, categories and series, values null. */
function renderBulletin(answers: Answers, ctx: ScaffoldContext): string {
  const period = String(answers['period']);
  const previous = ctx.latestBulletin;
  const issue = typeof previous?.['issue'] === 'number' ? (previous['issue'] as number) + 1 : 1;
  const datasets = Array.isArray(previous?.['datasets'])
    ? (previous['datasets'] as Record<string, unknown>[]).map((dataset) => {
        const { total: _total, ...rest } = dataset;
        const series = Array.isArray(dataset['series'])
          ? (dataset['series'] as Record<string, unknown>[]).map((s) => {
              const { status: _status, ...keep } = s;
              return { ...keep, values: Array.isArray(s['values']) ? (s['values'] as unknown[]).map(() => null) : [] };
            })
          : [];
        return { ...rest, series, notes: [] };
      })
    : [
        {
          id: 'resident-population',
          title: `${PLACEHOLDER}：数据集标题`,
          unit: '人',
          valueType: 'count',
          chart: 'bar',
          categories: [`${PLACEHOLDER}：分类`],
          series: [{ name: `${PLACEHOLDER}：数据系列名称`, values: [null] }],
          notes: [],
        },
      ];
  // Parts of the previous bulletin this function does not know (added to the schema later) are
  // copied as they are, after the known ones; the editor updates them (see copiedAsIs).
  const known = new Set(['draft', 'period', 'issue', 'title', 'summary', 'publishedAt', 'sample', 'source', 'notes', 'revisions', 'datasets']);
  const copied = Object.fromEntries(Object.entries(previous ?? {}).filter(([key]) => !known.has(key)));
  const bulletin = {
    draft: true,
    period,
    issue,
    title: String(answers['title']),
    summary: `${PLACEHOLDER}：一两句话概括本期数据`,
    publishedAt: String(answers['publishedAt']),
    sample: previous?.['sample'] === true,
    source: typeof previous?.['source'] === 'string' ? previous['source'] : `${PLACEHOLDER}：数据来源`,
    notes: [],
    revisions: [],
    ...copied,
    datasets,
  };
  return `${JSON.stringify(bulletin, null, 2)}\n`;
}

/** Parses a list answer (受理条件, 材料, 步骤, 标签): items separated by “；”, “;” or new lines. */
export function splitList(text: string): string[] {
  return text
    .split(/[；;\n]/)
    .map((item) => item.trim())
    .filter(Boolean);
}

/** Parses chosen ids or numbers: separated by commas, 、, semicolons or spaces. */
export function splitIds(text: string): string[] {
  return text
    .split(/[\s,，、；;]+/)
    .map((item) => item.trim())
    .filter(Boolean);
}
