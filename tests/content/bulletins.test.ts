/**
 * Bad input for 人口专刊: each validation rule has a fixture that fails `npm run check` (and so
 * the build) with a message naming the file, the line, the field, the dataset and the value.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkWith } from './support/content-fixture.ts';

type Json = Record<string, any>;
const real = (period: string): Json => JSON.parse(readFileSync(`content/bulletins/${period}.json`, 'utf8'));
const text = (data: Json) => `${JSON.stringify(data, null, 2)}\n`;
/** A changed copy of a real bulletin, written back under its own name. */
function changed(period: string, change: (data: Json) => void): Record<string, string> {
  const data = real(period);
  change(data);
  return { [`bulletins/${period}.json`]: text(data) };
}
const datasetIndex = (data: Json, id: string) => data['datasets'].findIndex((d: Json) => d['id'] === id);

function expectFailure(run: { status: number | null; output: string }, file: string, field: string, ...phrases: string[]) {
  expect(run.status, run.output).toBe(1);
  expect(run.output).toMatch(new RegExp(`bulletins/${file.replace('.', '\\.')}:\\d+`));
  expect(run.output).toContain(field);
  for (const phrase of phrases) expect(run.output).toContain(phrase);
}

describe('bulletins: bad input fails the content check', () => {
  it('the real bulletins pass', () => {
    const run = checkWith({});
    expect(run.status, run.output).toBe(0);
  });

  it('parts that do not add up to the declared total', () => {
    const run = checkWith(changed('2012-h1', (d) => { d['datasets'][datasetIndex(d, 'household-size')]['total'] += 7; }));
    expectFailure(run, '2012-h1.json', 'total（合计）', '数据集“household-size”', '相差 7', '允许的误差 0');
  });

  it('a negative count', () => {
    const run = checkWith(changed('2012-h2', (d) => { d['datasets'][datasetIndex(d, 'births-by-month')]['series'][0]['values'][2] = -40; }));
    expectFailure(run, '2012-h2.json', 'values[2]（数值）', '数据集“births-by-month”', '“9月”的值 -40', '非负整数');
  });

  it('a count that is not a whole number', () => {
    const run = checkWith(changed('2012-h2', (d) => { d['headlines'][0]['value'] = 1271960.5; }));
    expectFailure(run, '2012-h2.json', 'headlines[0].value', '“resident-population”（常住人口）的值 1271960.5', '非负整数');
  });

  it('a percentage outside 0–100', () => {
    const run = checkWith(changed('2013-h1', (d) => {
      const ds = d['datasets'][datasetIndex(d, 'migrants-by-origin')];
      ds['series'][0]['values'][0] = 121.2;
      ds['series'][0]['values'][7] -= 100;
    }));
    expectFailure(run, '2013-h1.json', 'values[0]（数值）', '数据集“migrants-by-origin”', '“河北”的值 121.2', '0—100');
  });

  it('a by-street dataset that leaves out a street', () => {
    const run = checkWith(changed('2013-h2', (d) => {
      const ds = d['datasets'][datasetIndex(d, 'migrants-by-street')];
      ds['categories'][3] = '东华门街道';
    }));
    expectFailure(run, '2013-h2.json', 'categories', '“migrants-by-street”', '分类“东华门街道”不是登记表中的街道', '缺少街道“展览路街道”');
  });

  it('a by-street dataset that names a street twice', () => {
    const run = checkWith(changed('2013-h2', (d) => {
      const ds = d['datasets'][datasetIndex(d, 'population-by-street')];
      ds['categories'][14] = 'xichanganjie';
    }));
    expectFailure(run, '2013-h2.json', 'categories', '“population-by-street”', '街道“西长安街街道”出现 2 次', '缺少街道“广安门外街道”');
  });

  it('a dataset id that changes its unit from one bulletin to the next', () => {
    const run = checkWith(changed('2013-h1', (d) => { d['datasets'][datasetIndex(d, 'household-size')]['unit'] = '万户'; }));
    expectFailure(run, '2013-h1.json', 'unit（单位）', '数据集“household-size”的单位“万户”', 'bulletins/2012-h1.json 中的“户”');
  });

  it('a headline indicator that changes its unit', () => {
    const run = checkWith(changed('2013-h2', (d) => { d['headlines'][0]['unit'] = '万人'; }));
    expectFailure(run, '2013-h2.json', 'headlines[0].unit', '主要指标“resident-population”的单位“万人”');
  });

  it('two bulletins for the same period', () => {
    const run = checkWith({ 'bulletins/2012-h1-zengkan.json': text(real('2012-h1')) });
    expectFailure(run, '2012-h1-zengkan.json', 'period（期间）', '期间“2012-H1”重复', 'bulletins/2012-h1.json 已是这一期');
  });

  it('a period that does not match the file name', () => {
    const run = checkWith(changed('2013-h2', (d) => { d['period'] = '2014-H1'; }));
    expectFailure(run, '2013-h2.json', 'period（期间）', '文件应命名为 2014-h1.json');
  });

  it('fewer values than categories', () => {
    const run = checkWith(changed('2012-h1', (d) => {
      const ds = d['datasets'][datasetIndex(d, 'births-by-month')];
      ds['series'][0]['values'].pop();
    }));
    expectFailure(run, '2012-h1.json', 'values（数值）', '数据集“births-by-month”有 5 个数值，但分类（categories）有 6 个');
  });

  it('an unknown status code', () => {
    const run = checkWith(changed('2012-h1', (d) => { d['headlines'][0]['status'] = 'X'; }));
    expectFailure(run, '2012-h1.json', 'headlines[0].status', '数据状态“X”无效');
  });

  it('malformed JSON names the file and the line', () => {
    const lines = readFileSync('content/bulletins/2012-h2.json', 'utf8').split('\n');
    const at = lines.findIndex((line) => line.includes('"issue"'));
    lines[at] = lines[at]!.replace(/,$/, '');
    const run = checkWith({ 'bulletins/2012-h2.json': lines.join('\n') });
    expect(run.status, run.output).toBe(1);
    expect(run.output).toContain(`bulletins/2012-h2.json:${at + 2}`);
    expect(run.output).toContain('JSON 格式错误');
  });
});
