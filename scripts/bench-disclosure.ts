/**
 * Benchmark (not a test): how the disclosure column scales. For each N, copies content/ to a
 * temporary folder, adds N synthetic disclosure items, builds the site from it
 * (CONTENT_DIR=… astro build --outDir …) and prints build seconds, ms per page and the largest
 * catalogue page in KB.
 *
 * The build runs in a throw-away copy of the project (scripts/lib/isolated-project.ts) so that
 * Astro's content cache of the real project is never touched.
 *
 *   npm run bench:disclosure                  # N = 500 and 5000
 *   npm run bench:disclosure -- 200           # just N = 200
 *   KEEP=1 npm run bench:disclosure -- 500    # keep the temporary folder to inspect it
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isolatedProject } from './lib/isolated-project.ts';
import { writeSyntheticDisclosure } from './lib/synthetic-disclosure.ts';

const sizes = process.argv.slice(2).map(Number).filter((n) => Number.isInteger(n) && n > 0);
const runs = sizes.length > 0 ? sizes : [500, 5000];

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)]));
}

const results: string[] = [];
for (const n of runs) {
  const project = isolatedProject('content');
  const outDir = join(project.root, 'dist');
  writeSyntheticDisclosure(project.contentDir, n);
  console.log(`N=${n}: ${n} synthetic items written to ${project.contentDir}; building…`);
  const started = performance.now();
  const build = project.run(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir]);
  const seconds = (performance.now() - started) / 1000;
  if (build.status !== 0) {
    console.error(build.output.slice(-8000));
    throw new Error(`build failed for N=${n}`);
  }
  const pages = walk(outDir).filter((file) => file.endsWith('.html'));
  const catalogPages = walk(join(outDir, 'disclosure', 'catalog')).filter((file) => file.endsWith('.html'));
  const largest = catalogPages.reduce((max, file) => Math.max(max, statSync(file).size), 0);
  const json = statSync(join(outDir, 'disclosure', 'catalog.json')).size;
  const line = `N=${n}: build ${seconds.toFixed(1)} s, ${pages.length} pages, ${((seconds * 1000) / pages.length).toFixed(1)} ms/page; catalogue ${catalogPages.length} pages, largest ${(largest / 1024).toFixed(1)} KB; catalog.json ${(json / 1024).toFixed(0)} KB`;
  console.log(line);
  results.push(line);
  if (process.env['KEEP'] !== '1') project.cleanup();
  else console.log(`kept ${project.root}`);
}
console.log(`\n${results.join('\n')}`);
