import { describe, expect, it } from 'vitest';
import { BOM, csvField, datasetCsv, headlinesCsv, parseCsv, toCsv } from '../../src/lib/bulletin-csv.ts';
import { bulletinDataPackage, datasetResource } from '../../src/lib/bulletin-datapackage.ts';
import type { BulletinData, BulletinDataset } from '../../src/lib/bulletin.ts';

const births: BulletinDataset = {
  id: 'births-by-month',
  title: '出生人口（按月）',
  unit: '人',
  valueType: 'count',
  chart: 'line',
  categoryLabel: '月份',
  byStreet: false,
  categories: ['1月', '2月', '3月'],
  series: [{ name: '出生人口', values: [755, null, 831], status: [null, 'E', 'R'] }],
  total: 1586,
  notes: ['按出生时母亲的常住地统计。'],
};

const shares: BulletinDataset = {
  id: 'migrants-by-origin',
  title: '流动人口来源地构成',
  unit: '%',
  valueType: 'percent',
  chart: 'bar',
  categoryLabel: '户籍所在省份',
  byStreet: false,
  categories: ['河北', '其他省份'],
  series: [{ name: '占流动人口比重', values: [21.5, 78.5] }],
  total: 100,
  notes: [],
};

describe('CSV', () => {
  it('quotes fields with commas, quotes or line breaks, and nothing else', () => {
    expect(csvField('西城区')).toBe('西城区');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('说"明"')).toBe('"说""明"""');
    expect(csvField('两行\n文字')).toBe('"两行\n文字"');
    expect(csvField(12.5)).toBe('12.5');
    expect(csvField(null)).toBe('');
  });

  it('starts with a UTF-8 byte-order mark and ends lines with CRLF', () => {
    const text = toCsv([['a', 'b'], [1, 2]]);
    expect(text.startsWith(BOM)).toBe(true);
    expect(Buffer.from(text, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(text).toBe(`${BOM}a,b\r\n1,2\r\n`);
  });

  it('writes a dataset with its category column, series and status column, and parses back to the same values', () => {
    const rows = parseCsv(datasetCsv(births));
    expect(rows).toEqual([
      ['月份', '出生人口', '出生人口_数据状态'],
      ['1月', '755', ''],
      ['2月', '', 'E'],
      ['3月', '831', 'R'],
    ]);
    expect(rows.slice(1).map((row) => (row[1] === '' ? null : Number(row[1])))).toEqual(births.series[0]!.values);
  });

  it('parses quoted fields back exactly', () => {
    const tricky = [['名称', '说明'], ['甲,乙', '他说"好"\r\n再见']];
    expect(parseCsv(toCsv(tricky))).toEqual(tricky);
  });

  it('writes the headlines one per row with their unit and status', () => {
    const rows = parseCsv(headlinesCsv([{ id: 'births', label: '出生人口', unit: '人', valueType: 'count', value: 5036, status: 'R' }, { id: 'birth-rate', label: '出生率', unit: '‰', valueType: 'permille', value: 7.89 }]));
    expect(rows).toEqual([
      ['指标代码', '指标', '数值', '单位', '数据状态'],
      ['births', '出生人口', '5036', '人', 'R'],
      ['birth-rate', '出生率', '7.89', '‰', ''],
    ]);
  });
});

describe('datapackage.json', () => {
  it('describes a dataset CSV with field types, units and constraints', () => {
    const resource = datasetResource(births);
    expect(resource).toMatchObject({ name: 'births-by-month', path: 'births-by-month.csv', profile: 'tabular-data-resource', format: 'csv', mediatype: 'text/csv', encoding: 'utf-8' });
    expect(resource.schema.fields).toEqual([
      { name: '月份', title: '月份', type: 'string', constraints: { required: true, unique: true } },
      { name: '出生人口', title: '出生人口（人）', type: 'integer', description: '单位：人', unit: '人', constraints: { minimum: 0 } },
      expect.objectContaining({ name: '出生人口_数据状态', type: 'string', constraints: { enum: ['P', 'E', 'B', 'R'] } }),
    ]);
    expect(resource.schema.primaryKey).toBe('月份');
    expect(datasetResource(shares).schema.fields[1]).toMatchObject({ type: 'number', unit: '%', constraints: { minimum: 0, maximum: 100 } });
  });

  it('names one resource per CSV, headlines first, and field names equal to the CSV header', () => {
    const bulletin: BulletinData = {
      period: '2013-H1', issue: 3, title: '西城区人口专刊（2013年上半年）', summary: '摘要。', publishedAt: '2013-08-16', sample: true,
      source: '西城区人口计生委人口专题库（示例数据）', notes: [], revisions: [],
      headlines: [{ id: 'births', label: '出生人口', unit: '人', valueType: 'count', value: 5036 }],
      datasets: [births, shares],
    };
    const pkg = bulletinDataPackage(bulletin, { slug: 'xicheng', district: '西城区' });
    expect(pkg.profile).toBe('tabular-data-package');
    expect(pkg.name).toBe('xicheng-population-bulletin-2013-h1');
    expect(pkg.name).toMatch(/^[a-z0-9._-]+$/);
    expect(pkg.keywords).toContain('西城区');
    expect(pkg.sources).toEqual([{ title: '西城区人口计生委人口专题库（示例数据）' }]);
    expect(pkg.description).toContain('示例数据');
    expect(pkg.resources.map((r) => r.path)).toEqual(['headlines.csv', 'births-by-month.csv', 'migrants-by-origin.csv']);
    expect(pkg.resources[1]!.schema.fields.map((f) => f.name)).toEqual(parseCsv(datasetCsv(births))[0]);
    // A CSV passed on alone still says it is sample data; real figures carry no such mark.
    expect(pkg.resources.map((r) => r.title)).toEqual(['主要指标（示例数据）', `${births.title}（示例数据）`, `${shares.title}（示例数据）`]);
    expect(bulletinDataPackage({ ...bulletin, sample: false }, { slug: 'xicheng', district: '西城区' }).resources.map((r) => r.title)).toEqual(['主要指标', births.title, shares.title]);
  });
});
