/** The shared field types every collection uses: what they accept and what they tell an editor. */
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { attachmentField, dateField, dateTimeField, docNumberField, indexNoField } from '../../src/schemas/fields.ts';

const messageOf = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value);
  return result.success ? null : result.error.issues.map((issue) => issue.message).join(' | ');
};

describe('dateField', () => {
  it('keeps a written date as the same string, and turns a YAML Date into it', () => {
    expect(dateField.parse('2012-02-25')).toBe('2012-02-25');
    expect(dateField.parse(new Date(Date.UTC(2012, 1, 25)))).toBe('2012-02-25');
  });
  it('rejects an impossible date with a message naming the value and the format', () => {
    expect(messageOf(dateField, '2012-13-45')).toContain('“2012-13-45”不是有效日期');
    expect(messageOf(dateField, '2012-13-45')).toContain('YYYY-MM-DD');
  });
  it('rejects a number with the expected format', () => {
    expect(messageOf(dateField, 20120225)).toContain('格式 YYYY-MM-DD');
  });
});

describe('dateTimeField', () => {
  it('normalises to YYYY-MM-DDTHH:MM', () => {
    expect(dateTimeField.parse('2012-05-12 09:30')).toBe('2012-05-12T09:30');
  });
  it('rejects an impossible time', () => {
    expect(messageOf(dateTimeField, '2012-05-12 25:00')).toContain('不是有效的日期时间');
  });
});

describe('docNumberField (文号)', () => {
  it('accepts the standard form', () => {
    expect(docNumberField.parse('西政发〔2012〕4号')).toBe('西政发〔2012〕4号');
    expect(docNumberField.parse('京政办发〔2011〕53号')).toBe('京政办发〔2011〕53号');
  });
  it('tells the editor the standard spelling when brackets are wrong or 第 is added', () => {
    expect(messageOf(docNumberField, '西政发[2012]4号')).toContain('应写作“西政发〔2012〕4号”');
    expect(messageOf(docNumberField, '西政发〔2012〕第4号')).toContain('应写作“西政发〔2012〕4号”');
    expect(messageOf(docNumberField, '西政发【2012】4号')).toContain('六角括号〔〕');
  });
  it('explains the format for anything else', () => {
    expect(messageOf(docNumberField, '第四号文件')).toContain('机关代字〔年份〕序号号');
  });
});

describe('indexNoField (索引号)', () => {
  it('accepts ORGCODE-YYYY-NNNNN', () => {
    expect(indexNoField.parse('11A0XC-2012-00001')).toBe('11A0XC-2012-00001');
  });
  it('rejects other shapes with the documented format', () => {
    expect(messageOf(indexNoField, '11A0XC-2012-1')).toContain('机构代码-年份-五位流水号');
    expect(messageOf(indexNoField, '11A0XC/2012-00001')).toContain('机构代码-年份-五位流水号');
    expect(messageOf(indexNoField, '11A0XC-2012-00000')).toContain('机构代码-年份-五位流水号');
  });
});

describe('attachmentField', () => {
  it('accepts a file under /files/ with a known format', () => {
    expect(attachmentField.parse({ title: '申请表', file: '/files/2012/apply-form.pdf' }).file).toBe('/files/2012/apply-form.pdf');
  });
  it('rejects an external URL or an unknown format', () => {
    expect(messageOf(attachmentField, { title: '外链', file: 'https://example.com/a.pdf' })).toContain('/files/');
    expect(messageOf(attachmentField, { title: '程序', file: '/files/a.exe' })).toContain('.pdf');
  });
});
