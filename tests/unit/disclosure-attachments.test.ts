import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { attachmentInfo, describeAttachment, fileFormat, formatFileSize, publicFileSize } from '../../src/lib/attachment-info.ts';

describe('attachment link text', () => {
  it('names the format from the extension', () => {
    expect(fileFormat('/files/a.pdf')).toBe('PDF');
    expect(fileFormat('/files/a.DOCX')).toBe('Word');
    expect(fileFormat('/files/a.xls')).toBe('Excel');
    expect(fileFormat('/files/a.csv')).toBe('CSV');
  });

  it('formats sizes in B, KB and MB', () => {
    expect(formatFileSize(532)).toBe('532 B');
    expect(formatFileSize(1024)).toBe('1 KB');
    expect(formatFileSize(1229)).toBe('1.2 KB');
    expect(formatFileSize(46_000)).toBe('45 KB');
    expect(formatFileSize(3.4 * 1024 * 1024)).toBe('3.4 MB');
  });

  it('reads the size from public/ and says so in the label', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ehome-public-'));
    try {
      mkdirSync(join(dir, 'files'), { recursive: true });
      writeFileSync(join(dir, 'files', 'list.csv'), 'x'.repeat(2048));
      expect(publicFileSize('/files/list.csv', dir)).toBe(2048);
      expect(publicFileSize('/files/missing.csv', dir)).toBeNull();
      expect(attachmentInfo({ title: '名单', file: '/files/list.csv' }, false, dir)).toEqual({ title: '名单', href: '/files/list.csv', format: 'CSV', bytes: 2048, label: '（CSV，2 KB）' });
      expect(describeAttachment('缺失', '/files/missing.pdf', null).label).toBe('（PDF）');
      expect(attachmentInfo({ title: '名单', file: '/files/list.csv' }, true, dir).label).toBe('（示例数据，CSV，2 KB）');
      expect(describeAttachment('缺失', '/files/missing.pdf', null, true).label).toBe('（示例数据，PDF）');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
