/**
 * Last step of `npm run build`: writes file.gz and file.br beside every compressible file in dist/
 * (src/lib/precompress.ts), at the highest levels, once per build instead of once per request.
 * nginx sends them with gzip_static / brotli_static (deploy/nginx/); a copy that would not be
 * smaller is not written, and stale copies from an earlier build are removed.
 */
import { readdirSync, statSync } from 'node:fs';
import { readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { shouldCompress, worthKeeping } from '../src/lib/precompress.ts';
import { DEPLOY_DIR } from './lib/deploy-files.ts';

const distDir = process.argv[2] ?? 'dist';
const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);
const encoders: Record<string, (data: Buffer) => Promise<Buffer>> = {
  '.gz': (data) => gzipAsync(data, { level: constants.Z_BEST_COMPRESSION }),
  '.br': (data) =>
    brotliAsync(data, {
      params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: data.length },
    }),
};

const files = readdirSync(distDir, { recursive: true, encoding: 'utf8' })
  .map((file) => file.replace(/\\/g, '/'))
  .filter((file) => !file.endsWith('.gz') && !file.endsWith('.br'));
let written = 0;
let before = 0;
let after = 0;

async function precompress(file: string): Promise<void> {
  const path = join(distDir, file);
  const stat = statSync(path);
  if (!stat.isFile()) return;
  const data = shouldCompress(file, stat.size, [DEPLOY_DIR]) ? await readFile(path) : undefined;
  for (const [suffix, encode] of Object.entries(encoders)) {
    const encoded = data && (await encode(data));
    if (!encoded || !worthKeeping(stat.size, encoded.length)) {
      await rm(path + suffix, { force: true });
      continue;
    }
    await writeFile(path + suffix, encoded);
    // The same modification time as the original, so Last-Modified does not depend on the encoding.
    await utimes(path + suffix, stat.atime, stat.mtime);
    written++;
    if (suffix === '.gz') {
      before += stat.size;
      after += encoded.length;
    }
  }
}

// zlib's async functions run on libuv's thread pool: one worker per core does the work in parallel.
const queue = [...files];
await Promise.all(
  Array.from({ length: availableParallelism() }, async () => {
    for (let file = queue.shift(); file !== undefined; file = queue.shift()) await precompress(file);
  }),
);
console.log(`Precompress: ${written} .gz/.br files; gzip ${(before / 1024).toFixed(0)} KB → ${(after / 1024).toFixed(0)} KB`);
