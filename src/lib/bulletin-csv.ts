/**
 * CSV downloads of 人口专刊 datasets (RFC 4180: CRLF line ends, fields quoted when they hold a
 * comma, quote or line break). UTF-8 with a byte-order mark so that Excel opens Chinese correctly.
 * Numbers are written as in the JSON, without grouping, so that they parse back exactly.
 */
import type { BulletinDataset, HeadlineIndicator } from './bulletin.ts';

export const BOM = '\uFEFF';

export type CsvCell = string | number | null | undefined;

export function csvField(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  const text = typeof cell === 'number' ? String(cell) : cell;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return BOM + rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** Column headings of a dataset's CSV: the category, each series, then a status column for each series that has statuses. */
export function datasetColumns(dataset: Pick<BulletinDataset, 'categoryLabel' | 'series'>): { name: string; kind: 'category' | 'value' | 'status'; series?: number }[] {
  return [
    { name: dataset.categoryLabel, kind: 'category' as const },
    ...dataset.series.map((series, index) => ({ name: series.name, kind: 'value' as const, series: index })),
    ...dataset.series.flatMap((series, index) => (series.status ? [{ name: statusColumnName(series.name), kind: 'status' as const, series: index }] : [])),
  ];
}

export function statusColumnName(seriesName: string): string {
  return `${seriesName}_数据状态`;
}

export function datasetCsvRows(dataset: Pick<BulletinDataset, 'categoryLabel' | 'series' | 'categories'>): CsvCell[][] {
  const columns = datasetColumns(dataset);
  return [
    columns.map((column) => column.name),
    ...dataset.categories.map((category, row) =>
      columns.map((column) => {
        if (column.kind === 'category') return category;
        const series = dataset.series[column.series!]!;
        return column.kind === 'value' ? series.values[row] : (series.status?.[row] ?? null);
      }),
    ),
  ];
}

export function datasetCsv(dataset: Pick<BulletinDataset, 'categoryLabel' | 'series' | 'categories'>): string {
  return toCsv(datasetCsvRows(dataset));
}

export const HEADLINE_COLUMNS = ['指标代码', '指标', '数值', '单位', '数据状态'] as const;

export function headlinesCsv(headlines: readonly HeadlineIndicator[]): string {
  return toCsv([[...HEADLINE_COLUMNS], ...headlines.map((indicator) => [indicator.id, indicator.label, indicator.value, indicator.unit, indicator.status ?? null])]);
}

/** Reads CSV text as written above (and any RFC 4180 CSV): rows of strings, BOM dropped. */
export function parseCsv(text: string): string[][] {
  const source = text.replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < source.length; i++) {
    const char = source[i]!;
    if (quoted) {
      if (char === '"' && source[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && source[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
