import { describe, expect, it } from 'vitest';
import { docNumberKey, docNumberSpellings, entrySearchTerms, indexNumberKey, normaliseQuery, querySegmented, searchKeys } from '../../src/lib/search-query.ts';

describe('文号 and 索引号 search keys', () => {
  it('gives every spelling of a 文号 the same ASCII key', () => {
    const key = docNumberKey('西政发〔2012〕4号');
    expect(key).toMatch(/^[a-z0-9]+$/);
    for (const spelling of ['西政发[2012]4号', '西政发〔2012〕第4号', '西政发（2012）第 4 号', '西政发【2012】4号', '西政发［2012］4号', ' 西政发〔2012〕004号 ']) {
      expect(docNumberKey(spelling), spelling).toBe(key);
    }
  });

  it('keeps different 文号 apart, and no key is the start of another', () => {
    const keys = ['西政发〔2012〕4号', '西政发〔2012〕41号', '西政发〔2011〕4号', '西政办发〔2012〕4号', '京政发〔2012〕4号'].map((value) => docNumberKey(value)!);
    expect(new Set(keys).size).toBe(keys.length);
    for (const a of keys) for (const b of keys) if (a !== b) expect(b.startsWith(a), `${a} / ${b}`).toBe(false);
  });

  it('gives a 令号 one key in its common spellings, Chinese or Arabic numerals', () => {
    const key = docNumberKey('国务院令第555号');
    expect(key).toMatch(/^[a-z0-9]+$/);
    for (const spelling of ['中华人民共和国国务院令第555号', '国务院第555号令', '国务院令555号', ' 国务院令 第 555 号 ']) expect(docNumberKey(spelling), spelling).toBe(key);
    expect(docNumberKey('中华人民共和国主席令第六十三号')).toBe(docNumberKey('主席令第63号'));
    expect(docNumberKey('国务院令第55号')).not.toBe(key);
    expect(docNumberKey('主席令第555号')).not.toBe(key);
    expect(searchKeys({ docNumber: '国务院令第309号' })).toEqual([docNumberKey('国务院令第309号')]);
  });

  it('is null for text that is not a 文号', () => {
    for (const text of ['孕前检查', '西政发〔2012〕', '〔2012〕4号', '2012年4号', '国务院第555号', '国务院令第零号']) expect(docNumberKey(text), text).toBeNull();
  });

  it('writes a 索引号 without separators, in any common spelling', () => {
    for (const spelling of ['11A0XC-2012-00001', '11a0xc-2012-00001', '11A0XC－2012－00001', '11A0XC—2012—00001', '11A0XC 2012 00001', '１１Ａ０ＸＣ-２０１２-００００１', '11A0XC201200001']) {
      expect(indexNumberKey(spelling), spelling).toBe('11A0XC201200001');
    }
    expect(indexNumberKey('11A0XC-2012-00000')).toBeNull();
    expect(indexNumberKey('2012-00001')).toBeNull();
    expect(indexNumberKey('孕前检查')).toBeNull();
  });

  it('lists the keys a page carries', () => {
    expect(searchKeys({ docNumber: '西政发〔2012〕4号', indexNo: '11A0XC-2012-00001' })).toEqual([docNumberKey('西政发〔2012〕4号'), '11A0XC201200001']);
    expect(searchKeys({ indexNo: '11A0XC-2013-00004' })).toEqual(['11A0XC201300004']);
    expect(searchKeys({})).toEqual([]);
  });

  it('spells a standard 文号 also with 第, for the hidden search terms', () => {
    expect(docNumberSpellings('西政发〔2012〕4号')).toEqual(['西政发〔2012〕4号', '西政发〔2012〕第4号']);
  });
});

describe('normaliseQuery', () => {
  it('sends a 文号 or 索引号 query as its key', () => {
    expect(normaliseQuery('西政发[2012]4号')).toEqual({ term: docNumberKey('西政发〔2012〕4号'), isNumber: true });
    expect(normaliseQuery(' 西政发 〔2012〕 第4号 ')).toEqual({ term: docNumberKey('西政发〔2012〕4号'), isNumber: true });
    expect(normaliseQuery('11a0xc-2012-00001')).toEqual({ term: '11A0XC201200001', isNumber: true });
  });

  it('replaces a number among other words and keeps the words', () => {
    expect(normaliseQuery('工作要点 西政发[2012]4号')).toEqual({ term: `工作要点 ${docNumberKey('西政发〔2012〕4号')}`, isNumber: false });
  });

  it('collapses spaces and turns full-width letters and digits into ASCII', () => {
    expect(normaliseQuery('  流动人口　 婚育证明 ')).toEqual({ term: '流动人口 婚育证明', isNumber: false });
    expect(normaliseQuery('１０个工作日')).toEqual({ term: '10个工作日', isNumber: false });
    expect(normaliseQuery('   ')).toEqual({ term: '', isNumber: false });
  });
});

describe('entrySearchTerms', () => {
  it('lists the 索引号, both spellings of the 文号 and the synonyms, once each', () => {
    expect(entrySearchTerms({ indexNo: '11A0XC-2012-00001', docNumber: '西政发〔2012〕4号', synonyms: ['工作要点', ' 工作要点 ', ''] })).toEqual([
      '11A0XC-2012-00001',
      '西政发〔2012〕4号',
      '西政发〔2012〕第4号',
      '工作要点',
    ]);
    expect(entrySearchTerms({ synonyms: ['准生证'] })).toEqual(['准生证']);
    expect(entrySearchTerms({})).toEqual([]);
  });
});

describe('querySegmented', () => {
  it('cuts text into words as Intl.Segmenter cuts a query, without punctuation', () => {
    expect(querySegmented('早教大礼包')).toBe([...new Intl.Segmenter('zh-CN', { granularity: 'word' }).segment('早教大礼包')].map((s) => s.segment).join(' '));
    expect(querySegmented('生育服务证办理（第一个子女）').split(' ')).not.toContain('（');
    expect(querySegmented('西城幸福e家')).toContain('e');
    expect(querySegmented('')).toBe('');
  });
});
