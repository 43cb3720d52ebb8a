import { describe, expect, it } from 'vitest';
import { searchExamples } from '../../src/lib/search-examples.ts';

describe('searchExamples', () => {
  it('takes the newest item with a 文号 and the newest with a 索引号', () => {
    const items = [
      { publishedAt: '2012-02-28', docNumber: '西政发〔2012〕4号', indexNo: '11A0XC-2012-00001' },
      { publishedAt: '2013-03-01', indexNo: '11A0XC-2013-00002' },
      { publishedAt: '2010-05-01', docNumber: '西人口发〔2010〕3号', indexNo: '11A0XC-2010-00001' },
    ];
    expect(searchExamples(items)).toEqual({ docNumber: '西政发〔2012〕4号', indexNo: '11A0XC-2013-00002' });
  });

  it('is null where no item has one', () => {
    expect(searchExamples([])).toEqual({ docNumber: null, indexNo: null });
    expect(searchExamples([{ publishedAt: '2012-01-01' }])).toEqual({ docNumber: null, indexNo: null });
  });
});
