/**
 * Which built files get .gz and .br siblings for the web server to send as they are (nginx
 * gzip_static / brotli_static): text formats and Pagefind's files, when big enough to gain.
 */

/** Text formats, and Pagefind's index files (some of which Pagefind already compresses itself). */
export const COMPRESSIBLE_EXTENSIONS = new Set([
  '.html', '.css', '.js', '.mjs', '.json', '.xml', '.svg', '.csv', '.txt',
  '.pagefind', '.pf_meta', '.pf_index', '.pf_fragment', '.pf_filter',
]);

/** Below about one TCP packet, compressing saves no round trip and costs a file and a header. */
export const MIN_SIZE = 1024;

/** A compressed copy must save at least this share, or the server sends the original. */
export const MIN_SAVING = 0.05;

function extension(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot).toLowerCase() : '';
}

/** `path` is relative to dist/, with forward slashes; `skipDirs` are top-level folders to leave alone. */
export function shouldCompress(path: string, size: number, skipDirs: readonly string[] = []): boolean {
  if (skipDirs.some((dir) => path === dir || path.startsWith(`${dir}/`))) return false;
  return size >= MIN_SIZE && COMPRESSIBLE_EXTENSIONS.has(extension(path));
}

export function worthKeeping(originalSize: number, compressedSize: number): boolean {
  return compressedSize <= originalSize * (1 - MIN_SAVING);
}
