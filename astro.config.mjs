// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { site } from './src/site.config.ts';
import { csp } from './src/csp.config.ts';

export default defineConfig({
  site: site.url,
  trailingSlash: 'always',
  // Builds of other content (tests, benchmarks) keep their own cache: scripts/lib/isolated-project.ts.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  build: { format: 'directory' },
  integrations: [mdx(), react(), sitemap({ filter: (page) => !page.endsWith('/404/') })],
  // Everything is built at build time; no request ever leaves for another origin.
  prefetch: false,
  devToolbar: { enabled: false },
  // Hash-based CSP in every page's <meta>; the policy and its reasons are in src/csp.config.ts.
  security: { csp },
  // Shiki colours code with style attributes, which the CSP blocks; the content has no code blocks.
  markdown: { syntaxHighlight: false },
});
