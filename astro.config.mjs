// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { site } from './src/site.config.ts';

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
});
