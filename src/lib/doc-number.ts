/**
 * 发文字号 (文号): 机关代字 + 〔年份〕 + 序号 + 号, e.g. 西政发〔2012〕4号 (GB/T 9704-2012 §7.2.4).
 * The year goes in hexagonal brackets 〔〕; people also type [] 【】 () or add 第, so search and
 * scaffolding normalise those spellings, while content must use the standard one.
 *
 * Laws and State Council regulations are numbered as 令 instead (中华人民共和国主席令第六十三号,
 * 国务院令第309号): no year, and 第 is part of the number. Those are accepted as they are written.
 */
export interface DocNumber {
  agency: string;
  year: number;
  serial: number;
}

const STANDARD = /^([\u4e00-\u9fa5A-Za-z]{1,20})〔(\d{4})〕(\d{1,5})号$/;
const LENIENT = /^\s*([\u4e00-\u9fa5A-Za-z]{1,20})\s*[〔\[【(（]\s*(\d{4})\s*[〕\]】)）]\s*第?\s*(\d{1,5})\s*号\s*$/;

export function parseDocNumber(value: string): DocNumber | null {
  const match = STANDARD.exec(value);
  if (!match) return null;
  return { agency: match[1]!, year: Number(match[2]), serial: Number(match[3]) };
}

/** Accepts the common variant spellings and returns the standard form, or null. */
export function normaliseDocNumber(value: string): string | null {
  const match = LENIENT.exec(value);
  if (!match) return null;
  return formatDocNumber({ agency: match[1]!, year: Number(match[2]), serial: Number(match[3]) });
}

export function formatDocNumber(doc: DocNumber): string {
  return `${doc.agency}〔${doc.year}〕${doc.serial}号`;
}

const ORDER = /^(?:中华人民共和国)?(?:国务院令|主席令)第(?:\d{1,4}|[一二三四五六七八九十百零]{1,6})号$/;

/** 令号 of a law or a State Council regulation, e.g. 国务院令第309号, 中华人民共和国主席令第六十三号. */
export function isOrderNumber(value: string): boolean {
  return ORDER.test(value);
}

export function docNumberProblem(value: string): string | null {
  if (parseDocNumber(value) || isOrderNumber(value)) return null;
  const fixed = normaliseDocNumber(value);
  if (fixed) return `文号的年份要用六角括号〔〕、序号前不加“第”，应写作“${fixed}”`;
  return '文号格式应为“机关代字〔年份〕序号号”，例如“西政发〔2012〕4号”；法律、行政法规写令号，例如“国务院令第309号”';
}
