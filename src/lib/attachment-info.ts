/**
 * Download links that say what the reader gets: “附件名称（PDF，123 KB）”. The size is read from
 * the file under public/ at build time; the link text is pure formatting.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';

const FORMAT_NAMES: Readonly<Record<string, string>> = {
  pdf: 'PDF',
  doc: 'Word',
  docx: 'Word',
  xls: 'Excel',
  xlsx: 'Excel',
  csv: 'CSV',
  zip: 'ZIP',
  txt: '纯文本',
};

/** The format shown to readers, from the file extension: PDF, Word, Excel, CSV … */
export function fileFormat(file: string): string {
  const extension = file.split('.').pop()?.toLowerCase() ?? '';
  return FORMAT_NAMES[extension] ?? extension.toUpperCase();
}

/** 532 B, 1.2 KB, 45 KB, 3.4 MB — one decimal below 10 units, whole numbers above. */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const shown = value < 10 ? value.toFixed(1).replace(/\.0$/, '') : String(Math.round(value));
  return `${shown} ${units[unit]}`;
}

export interface AttachmentInfo {
  title: string;
  href: string;
  format: string;
  /** null when the file is missing (the content check reports it). */
  bytes: number | null;
  /** “（PDF，123 KB）” */
  label: string;
}

/** `sample`: the file holds sample figures; the link text says so before anyone opens it. */
export function describeAttachment(title: string, file: string, bytes: number | null, sample = false): AttachmentInfo {
  const format = fileFormat(file);
  const parts = [...(sample ? ['示例数据'] : []), format, ...(bytes === null ? [] : [formatFileSize(bytes)])];
  const label = `（${parts.join('，')}）`;
  return { title, href: file, format, bytes, label };
}

/** Size of a file under public/, or null when it does not exist. */
export function publicFileSize(file: string, publicDir = 'public'): number | null {
  try {
    return statSync(join(publicDir, file)).size;
  } catch {
    return null;
  }
}

export function attachmentInfo(attachment: { title: string; file: string }, sample = false, publicDir = 'public'): AttachmentInfo {
  return describeAttachment(attachment.title, attachment.file, publicFileSize(attachment.file, publicDir), sample);
}
