/** scripts/next-index-number.ts prints the next free 索引号 for a year, reading CONTENT_DIR. */
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

function run(args: string[], contentDir: string) {
  return spawnSync(process.execPath, ['scripts/next-index-number.ts', ...args], { env: { ...process.env, CONTENT_DIR: contentDir }, encoding: 'utf8' });
}

describe('next-index-number script', () => {
  it('prints one past the largest serial of the year, and 00001 for a new year', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ehome-index-'));
    try {
      mkdirSync(join(dir, 'disclosure'));
      writeFileSync(join(dir, 'disclosure', 'a.mdx'), '---\ntitle: a\nindexNo: 11A0XC-2012-00003\n---\n');
      writeFileSync(join(dir, 'disclosure', 'b.mdx'), '---\ntitle: b\nindexNo: 11A0XC-2012-00011\n---\n');
      writeFileSync(join(dir, 'disclosure', 'c.mdx'), '---\ntitle: c\nindexNo: 11A0XC-2013-00002\n---\n');
      expect(run(['2012'], dir).stdout.trim()).toBe('11A0XC-2012-00012');
      expect(run(['2013'], dir).stdout.trim()).toBe('11A0XC-2013-00003');
      expect(run(['2014'], dir).stdout.trim()).toBe('11A0XC-2014-00001');
      const bad = run(['twelve'], dir);
      expect(bad.status).toBe(2);
      expect(bad.stderr).toContain('用法');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
