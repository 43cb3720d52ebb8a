/**
 * The Content-Security-Policy of the site. Astro writes it into a <meta> on every page, adding the
 * hashes of the scripts and styles it emits; scripts/build-csp-header.ts turns the same policy into the
 * HTTP header that deploy/nginx sends (README “Deploy”, section CSP).
 */
import { readFileSync } from 'node:fs';
import type { AstroUserConfig } from 'astro';
import { cspHash } from './lib/csp.ts';
import { minifyInlineScript } from './scripts/inline-script.ts';

/**
 * Beside script-src and style-src, which Astro writes. Everything is served from this origin, so
 * 'self' is the only source: no CDN, no analytics, no fonts or images from elsewhere.
 */
export const PAGE_DIRECTIVES = [
  "default-src 'self'",
  // No plug-ins; no <base> or form that could send a reader or their input to another origin.
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  // Pagefind searches in a worker loaded from /pagefind/pagefind-worker.js (never a blob: URL).
  "worker-src 'self'",
] as const;

/** Only an HTTP header can carry these: browsers ignore them in a <meta>, and say so in the console. */
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"] as const;

/**
 * BaseLayout inlines this file, minified (<script is:inline set:html>), so that reading preferences
 * apply before first paint; Astro hashes only the scripts it bundles, so the hash is given here.
 */
const readingPreferences = readFileSync(new URL('./scripts/reading-preferences.js', import.meta.url), 'utf8');

type CspConfig = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;

export const csp = {
  algorithm: 'SHA-256',
  directives: [...PAGE_DIRECTIVES],
  scriptDirective: {
    // 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly search engine; it allows no eval().
    resources: ["'self'", "'wasm-unsafe-eval'"],
    hashes: [cspHash(minifyInlineScript(readingPreferences))],
  },
  styleDirective: { resources: ["'self'"] },
} satisfies CspConfig;
