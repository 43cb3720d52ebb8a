/**
 * The Frictionless Tabular Data Package descriptor (datapackage.json) of one bulletin: one
 * resource per CSV download, each with a Table Schema giving field types, units and constraints.
 * https://specs.frictionlessdata.io/tabular-data-package/
 */
import { periodLabel, periodSlug, STATUS_LABELS, type BulletinData, type BulletinDataset, type ValueType } from './bulletin.ts';
import { datasetColumns, HEADLINE_COLUMNS } from './bulletin-csv.ts';

export interface TableSchemaField {
  name: string;
  title?: string;
  type: 'string' | 'integer' | 'number';
  description?: string;
  /** Not in Table Schema v1 itself; an extra property, as the spec allows, read by people and tools alike. */
  unit?: string;
  constraints?: { required?: boolean; unique?: boolean; minimum?: number; maximum?: number; enum?: string[] };
}

export interface DataResource {
  name: string;
  path: string;
  profile: 'tabular-data-resource';
  title: string;
  description?: string;
  format: 'csv';
  mediatype: 'text/csv';
  encoding: 'utf-8';
  schema: { fields: TableSchemaField[]; primaryKey: string; missingValues: string[] };
}

export interface DataPackage {
  profile: 'tabular-data-package';
  name: string;
  title: string;
  description: string;
  version: string;
  created: string;
  keywords: string[];
  sources: { title: string }[];
  sample: boolean;
  resources: DataResource[];
}

const STATUS_DESCRIPTION = `数据状态（SDMX OBS_STATUS）：${Object.entries(STATUS_LABELS).map(([code, label]) => `${code} ${label}`).join('；')}；空白为正式数据`;

function valueConstraints(valueType: ValueType): TableSchemaField['constraints'] {
  switch (valueType) {
    case 'count':
      return { minimum: 0 };
    case 'percent':
      return { minimum: 0, maximum: 100 };
    case 'permille':
      return { minimum: 0, maximum: 1000 };
    case 'number':
      return undefined;
  }
}

export function datasetFileName(datasetId: string): string {
  return `${datasetId}.csv`;
}

export function datasetResource(dataset: BulletinDataset): DataResource {
  const fields: TableSchemaField[] = datasetColumns(dataset).map((column) => {
    if (column.kind === 'category') return { name: column.name, title: column.name, type: 'string', constraints: { required: true, unique: true } };
    if (column.kind === 'status') return { name: column.name, type: 'string', description: STATUS_DESCRIPTION, constraints: { enum: ['P', 'E', 'B', 'R'] } };
    const constraints = valueConstraints(dataset.valueType);
    return {
      name: column.name,
      title: `${column.name}（${dataset.unit}）`,
      type: dataset.valueType === 'count' ? 'integer' : 'number',
      description: `单位：${dataset.unit}`,
      unit: dataset.unit,
      ...(constraints ? { constraints } : {}),
    };
  });
  return {
    name: dataset.id,
    path: datasetFileName(dataset.id),
    profile: 'tabular-data-resource',
    title: dataset.title,
    ...(dataset.notes.length > 0 ? { description: dataset.notes.join(' ') } : {}),
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    schema: { fields, primaryKey: dataset.categoryLabel, missingValues: [''] },
  };
}

export function headlinesResource(): DataResource {
  const [code, label, value, unit, status] = HEADLINE_COLUMNS;
  return {
    name: 'headlines',
    path: datasetFileName('headlines'),
    profile: 'tabular-data-resource',
    title: '主要指标',
    description: '每行一个指标；各指标单位不同，见“单位”列。',
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    schema: {
      fields: [
        { name: code, type: 'string', constraints: { required: true, unique: true } },
        { name: label, type: 'string', constraints: { required: true } },
        { name: value, type: 'number', description: '单位见“单位”列', constraints: { required: true } },
        { name: unit, type: 'string' },
        { name: status, type: 'string', description: STATUS_DESCRIPTION, constraints: { enum: ['P', 'E', 'B', 'R'] } },
      ],
      primaryKey: code,
      missingValues: [''],
    },
  };
}

/** Who publishes: `slug` (ASCII) names the package, `district` goes into its keywords. */
export interface BulletinPublisher {
  slug: string;
  district: string;
}

export function bulletinDataPackage(bulletin: BulletinData, publisher: BulletinPublisher): DataPackage {
  return {
    profile: 'tabular-data-package',
    name: `${publisher.slug}-population-bulletin-${periodSlug(bulletin.period)}`,
    title: bulletin.title,
    description: `${bulletin.summary}${bulletin.sample ? '（示例数据，非真实统计）' : ''}`,
    version: String(bulletin.issue),
    created: `${bulletin.publishedAt}T00:00:00+08:00`,
    keywords: ['人口专刊', publisher.district, periodLabel(bulletin.period)],
    sources: [{ title: bulletin.source }],
    sample: bulletin.sample,
    // Each CSV may travel alone: its own title says when its figures are sample data.
    resources: [headlinesResource(), ...bulletin.datasets.map(datasetResource)].map((resource) =>
      bulletin.sample ? { ...resource, title: `${resource.title}（示例数据）` } : resource,
    ),
  };
}
