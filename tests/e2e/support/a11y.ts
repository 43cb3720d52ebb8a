/**
 * Accessibility helpers shared by accessibility.test.ts and elderly-mode.test.ts: reading
 * preferences set before load, axe-core loaded into every page, and measurements a person would notice.
 */
import type { BrowserContext } from 'playwright-core';
import { AXE_SOURCE } from './browser.ts';
import { PREFERENCES_KEY } from '../../../src/lib/reading-preferences.ts';

/** One page of every page type (the 404 last: its status is checked separately). */
export const PAGE_TYPES = [
  '/',
  '/services/',
  '/services/stages/pre-pregnancy/',
  '/services/free-prepregnancy-checkup/',
  '/policies/',
  '/policies/population-family-planning-law/',
  '/audiences/',
  '/audiences/migrants/',
  '/service-points/',
  '/early-childhood/',
  '/early-childhood/age/7-12m/',
  '/early-childhood/age/7-12m/pack/',
  '/early-childhood/domain/motor/',
  '/early-childhood/breastfeeding/',
  '/youth/',
  '/youth/parents/',
  '/youth/qingxu-yu-xinli/',
  '/news/',
  '/news/2012/',
  '/news/xicheng-xingfu-ejia-qidong/',
  '/disclosure/',
  '/disclosure/catalog/',
  '/disclosure/catalog/topic/special-assistance/',
  '/disclosure/xizhengfa-2012-4/',
  '/disclosure/annual-report-2012/',
  '/disclosure/apply/form/',
  '/bulletins/',
  '/bulletins/2012-h1/',
  '/bulletins/trends/',
  '/sitemap/',
  '/about/',
  '/accessibility/',
  // With a query, so that results, filters and 加载更多 are on the page when it is checked.
  '/search/?q=孕前检查',
  '/disclosure/search/?q=特别扶助',
  '/no-such-page/',
];

export interface StoredPreferences {
  textSize?: '100' | '125' | '150' | '200';
  contrast?: 'high' | '';
  elderly?: 'on' | '';
}

export const MODES = {
  normal: {},
  large: { textSize: '200' },
  'high-contrast': { contrast: 'high' },
  elderly: { elderly: 'on', textSize: '150' },
} satisfies Record<string, StoredPreferences>;
export type Mode = keyof typeof MODES;

/**
 * Stores the preferences before any page script runs, as a returning reader's browser would, and
 * loads axe-core into every page. Init scripts run outside the page's Content Security Policy.
 */
export async function prepareContext(context: BrowserContext, prefs: StoredPreferences, options: { axe?: boolean } = {}): Promise<void> {
  await context.addInitScript(
    ({ key, value }) => {
      // Only on the first document of the context: later pages must see what the reader chose since.
      if (!sessionStorage.getItem('e2e-prefs-seeded')) {
        localStorage.setItem(key, value);
        sessionStorage.setItem('e2e-prefs-seeded', '1');
      }
    },
    { key: PREFERENCES_KEY, value: JSON.stringify(prefs) },
  );
  if (options.axe) await context.addInitScript(AXE_SOURCE);
}
