import { describe, expect, it } from 'vitest';
import { chineseNumeral, docNumberProblem, formatDocNumber, isOrderNumber, normaliseDocNumber, parseDocNumber, parseOrderNumber } from '../../src/lib/doc-number.ts';

describe('发文字号 机关代字〔年份〕序号号', () => {
  it('parses the standard spelling', () => {
    expect(parseDocNumber('西政发〔2012〕4号')).toEqual({ agency: '西政发', year: 2012, serial: 4 });
    expect(parseDocNumber('京政办发〔2011〕12号')).toEqual({ agency: '京政办发', year: 2011, serial: 12 });
  });

  it('accepts only hexagonal brackets and no 第 in the strict parse', () => {
    for (const variant of ['西政发[2012]4号', '西政发【2012】4号', '西政发(2012)4号', '西政发（2012）4号', '西政发〔2012〕第4号', '西政发〔12〕4号', '西政发2012年4号', '〔2012〕4号']) {
      expect(parseDocNumber(variant), variant).toBeNull();
    }
  });

  it('normalises the variants people type to the standard form', () => {
    const variants = ['西政发[2012]4号', '西政发〔2012〕第4号', '西政发【2012】4号', '西政发(2012)4号', '西政发（2012）第 4 号', ' 西政发 [2012] 4号 ', '西政发〔2012〕004号'];
    for (const variant of variants) expect(normaliseDocNumber(variant), variant).toBe('西政发〔2012〕4号');
    expect(normaliseDocNumber('not a number')).toBeNull();
    expect(normaliseDocNumber('西政发〔2012〕号')).toBeNull();
  });

  it('formats the standard spelling', () => {
    expect(formatDocNumber({ agency: '西人口发', year: 2010, serial: 15 })).toBe('西人口发〔2010〕15号');
  });

  it('tells the editor how to fix a variant, and what the form is otherwise', () => {
    expect(docNumberProblem('西政发〔2012〕4号')).toBeNull();
    expect(docNumberProblem('西政发[2012]4号')).toContain('应写作“西政发〔2012〕4号”');
    expect(docNumberProblem('西政发〔2012〕第4号')).toContain('序号前不加“第”');
    expect(docNumberProblem('2012年第4号文件')).toContain('机关代字〔年份〕序号号');
    expect(docNumberProblem('2012年第4号文件')).toContain('国务院令第309号');
  });

  it('accepts the 令号 of laws and State Council regulations as written', () => {
    for (const value of ['国务院令第309号', '中华人民共和国国务院令第555号', '中华人民共和国主席令第六十三号', '主席令第三十三号']) {
      expect(isOrderNumber(value), value).toBe(true);
      expect(docNumberProblem(value), value).toBeNull();
    }
    for (const value of ['国务院令309号', '国务院令第号', '西政令第3号', '国务院令第309号文']) expect(isOrderNumber(value), value).toBe(false);
    expect(parseDocNumber('国务院令第309号')).toBeNull();
  });

  it('reads 令号 and Chinese numerals', () => {
    expect(parseOrderNumber('中华人民共和国主席令第六十三号')).toEqual({ kind: '主席令', serial: 63 });
    expect(parseOrderNumber('国务院第555号令')).toEqual({ kind: '国务院令', serial: 555 });
    expect(parseOrderNumber('国务院第555号')).toBeNull();
    expect([chineseNumeral('十'), chineseNumeral('三十三'), chineseNumeral('一百零五'), chineseNumeral('九'), chineseNumeral('3')]).toEqual([10, 33, 105, 9, null]);
  });
});
