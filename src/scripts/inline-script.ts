/**
 * The inline reading-preferences script is sent on every page, before first paint: it goes out
 * minified (comments and whitespace are a third of its gzip size). BaseLayout renders and
 * csp.config.ts hashes the output of this one function, so the CSP hash always matches.
 */
import { transformSync } from 'esbuild';

export function minifyInlineScript(source: string): string {
  return transformSync(source, { minify: true, legalComments: 'none', target: 'es2020' }).code.trim();
}
