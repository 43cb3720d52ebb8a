// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { site } from './src/site.config.ts';

export default defineConfig({
  site: site.url,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx(), react(), sitemap({ filter: (page) => !page.endsWith('/404/') })],
  // Everything is built at build time; no request ever leaves for another origin.
  prefetch: false,
  devToolbar: { enabled: false },
});
