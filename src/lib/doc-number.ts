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

export interface OrderNumber {
  /** 国务院令 or 主席令 */
  kind: '国务院令' | '主席令';
  serial: number;
}

const DIGITS: Readonly<Record<string, number>> = { 零: 0, 〇: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 六十三 → 63, 一百零五 → 105, 十 → 10; numbers of 令 stay below a thousand in this register. */
export function chineseNumeral(text: string): number | null {
  if (!/^[零〇一二三四五六七八九十百]+$/.test(text)) return null;
  let total = 0;
  let digit = 0;
  for (const char of text) {
    if (char === '百') {
      total += (digit || 1) * 100;
      digit = 0;
    } else if (char === '十') {
      total += (digit || 1) * 10;
      digit = 0;
    } else digit = DIGITS[char]!;
  }
  return total + digit;
}

// 国务院令第555号 as written, and as people type it: 国务院第555号令, 国务院令555号, 主席令第63号.
const ORDER_LENIENT = /^(?:中华人民共和国)?(国务院|主席)(令)?第?(\d{1,4}|[零〇一二三四五六七八九十百]{1,6})号(令)?$/;

/** A 令号 in the standard or a common spelling; null when it is not one. */
export function parseOrderNumber(value: string): OrderNumber | null {
  const match = ORDER_LENIENT.exec(value.replace(/\s+/g, ''));
  if (!match || (!match[2] && !match[4])) return null;
  const serial = /^\d+$/.test(match[3]!) ? Number(match[3]) : chineseNumeral(match[3]!);
  return serial === null || serial === 0 ? null : { kind: match[1] === '国务院' ? '国务院令' : '主席令', serial };
}

export function docNumberProblem(value: string): string | null {
  if (parseDocNumber(value) || isOrderNumber(value)) return null;
  const fixed = normaliseDocNumber(value);
  if (fixed) return `文号的年份要用六角括号〔〕、序号前不加“第”，应写作“${fixed}”`;
  return '文号格式应为“机关代字〔年份〕序号号”，例如“西政发〔2012〕4号”；法律、行政法规写令号，例如“国务院令第309号”';
}
