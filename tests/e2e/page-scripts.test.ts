/**
 * Zero JavaScript on content pages: across the whole build, only the pages where a person
 * interacts load a script (charts, search, the month-age picker, the catalogue's in-page filter);
 * every other page has the inline reading-preferences script and nothing else. Build first.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Pages allowed to load code, by path pattern, and why. */
const INTERACTIVE: readonly [RegExp, string][] = [
  [/^\/bulletins\/(\d{4}-h[12]|trends)\/$/, 'charts'],
  [/^\/(disclosure\/)?search\/$/, 'search'],
  [/^\/early-childhood\/$/, 'month-age picker'],
  [/^\/disclosure\/catalog\/(.+\/)?$/, 'in-page filter'],
];

const pages = readdirSync('dist', { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'))
  .map((file) => ({ path: `/${file.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '/')}`, html: readFileSync(join('dist', file), 'utf8') }));

/** Executable scripts: external ones, and inline ones that are not JSON data blocks. */
function scripts(html: string): { external: string[]; inline: number } {
  const tags = [...html.matchAll(/<script\b([^>]*)>/g)].map((match) => match[1]!);
  const executable = tags.filter((attributes) => !/type="application\/(ld\+)?json"/.test(attributes));
  return { external: executable.flatMap((attributes) => /\bsrc="([^"]+)"/.exec(attributes)?.[1] ?? []), inline: executable.filter((attributes) => !/\bsrc=/.test(attributes)).length };
}

describe('scripts in the built pages', () => {
  it('content pages carry only the inline reading-preferences script', () => {
    assert.ok(pages.length > 200, `read ${pages.length} pages`);
    const extra: string[] = [];
    for (const { path, html } of pages) {
      if (INTERACTIVE.some(([pattern]) => pattern.test(path))) continue;
      const found = scripts(html);
      if (found.external.length > 0 || found.inline !== 1 || html.includes('<astro-island')) extra.push(`${path}: ${found.external.join(', ') || `${found.inline} inline scripts`}`);
    }
    assert.deepEqual(extra, []);
  });

  it('each interactive kind of page does load its code (the list above is not stale)', () => {
    // “Some”, not “every”: an empty catalogue page has no table, so no filter and no script.
    for (const [pattern, why] of INTERACTIVE) {
      const matching = pages.filter(({ path }) => pattern.test(path));
      assert.ok(matching.some(({ html }) => scripts(html).inline + scripts(html).external.length > 1 || html.includes('<astro-island')), `${why}: no page loads its script`);
    }
  });
});
