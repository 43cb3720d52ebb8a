/**
 * The inline reading-preferences script, run as it is (plain JavaScript) against a minimal stand-in
 * for the page: what it reads from storage, what it sets on <html>, and what the controls do.
 * The browser behaviour (before first paint, across pages, 朗读) is covered in tests/e2e.
 */
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { minifyInlineScript } from '../../src/scripts/inline-script.ts';
import { ELDERLY_TEXT_SIZE, PREFERENCES_KEY, TEXT_SIZES } from '../../src/lib/reading-preferences.ts';

// The script as pages get it: minified by BaseLayout.
const SOURCE = minifyInlineScript(readFileSync(new URL('../../src/scripts/reading-preferences.js', import.meta.url), 'utf8'));

class FakeElement {
  attributes = new Map<string, string>();
  constructor(attributes: Record<string, string> = {}) {
    for (const [name, value] of Object.entries(attributes)) this.attributes.set(name, value);
  }
  getAttribute(name: string): string | null { return this.attributes.get(name) ?? null; }
  setAttribute(name: string, value: string): void { this.attributes.set(name, String(value)); }
  removeAttribute(name: string): void { this.attributes.delete(name); }
  hasAttribute(name: string): boolean { return this.attributes.has(name); }
  closest(selector: string): FakeElement | null {
    return selector.includes('[data-pref]') && this.hasAttribute('data-pref') ? this : null;
  }
}

interface Page {
  html: FakeElement & { classes: Set<string> };
  controls: FakeElement[];
  storage: Map<string, string>;
  click(control: FakeElement): void;
  ready(): void;
  stored(): Record<string, string>;
}

/** Runs the script the way the <head> does, with `stored` as the saved preferences. */
function load(stored?: string, options: { storageFails?: boolean } = {}): Page {
  const classes = new Set<string>();
  const html = Object.assign(new FakeElement(), { classes, classList: { add: (name: string) => classes.add(name) } });
  const controls = [
    ...TEXT_SIZES.map((size) => new FakeElement({ 'data-pref': 'textSize', 'data-pref-value': size.value })),
    new FakeElement({ 'data-pref': 'contrast', 'data-pref-value': 'high' }),
    new FakeElement({ 'data-pref': 'elderly', 'data-pref-value': 'on' }),
  ];
  const listeners = new Map<string, ((event: { target: FakeElement }) => void)[]>();
  const storage = new Map<string, string>();
  if (stored !== undefined) storage.set(PREFERENCES_KEY, stored);
  const document = {
    documentElement: html,
    activeElement: null,
    querySelector: () => null,
    querySelectorAll: (selector: string) => (selector === '[data-pref]' ? controls : []),
    addEventListener: (type: string, listener: (event: { target: FakeElement }) => void) => {
      listeners.set(type, [...(listeners.get(type) ?? []), listener]);
    },
  };
  const localStorage = {
    getItem: (key: string) => {
      if (options.storageFails) throw new Error('SecurityError');
      return storage.get(key) ?? null;
    },
    setItem: (key: string, value: string) => {
      if (options.storageFails) throw new Error('QuotaExceededError');
      storage.set(key, value);
    },
  };
  const window = { addEventListener: () => undefined };
  runInNewContext(SOURCE, { document, window, localStorage });
  const fire = (type: string, target: FakeElement) => (listeners.get(type) ?? []).forEach((listener) => listener({ target }));
  return {
    html,
    controls,
    storage,
    click: (control) => fire('click', control),
    ready: () => fire('DOMContentLoaded', html),
    stored: () => JSON.parse(storage.get(PREFERENCES_KEY) ?? '{}') as Record<string, string>,
  };
}

const control = (page: Page, pref: string, value: string) =>
  page.controls.find((c) => c.getAttribute('data-pref') === pref && c.getAttribute('data-pref-value') === value)!;
const pressed = (page: Page) => page.controls.filter((c) => c.getAttribute('aria-pressed') === 'true').map((c) => c.getAttribute('data-pref-value'));

describe('reading preferences script', () => {
  it('marks <html> as scripted and sets nothing for a first visit', () => {
    const page = load();
    expect(page.html.classes.has('js')).toBe(true);
    expect([...page.html.attributes.keys()]).toEqual([]);
    page.ready();
    expect(pressed(page)).toEqual(['100']);
  });

  it('applies every stored text size of the lib, with 100% as no attribute', () => {
    for (const size of TEXT_SIZES) {
      const page = load(JSON.stringify({ textSize: size.value }));
      expect(page.html.getAttribute('data-text-size')).toBe(size.value === '100' ? null : size.value);
    }
  });

  it('reads contrast and 长者模式 from storage', () => {
    const page = load(JSON.stringify({ textSize: '150', contrast: 'high', elderly: 'on' }));
    expect(page.html.getAttribute('data-contrast')).toBe('high');
    expect(page.html.getAttribute('data-elderly')).toBe('on');
    page.ready();
    expect(pressed(page)).toEqual(['150', 'high', 'on']);
  });

  it('turns the old single 大字 step into 125%', () => {
    expect(load(JSON.stringify({ textSize: 'large' })).html.getAttribute('data-text-size')).toBe('125');
  });

  it('ignores broken or unknown stored values instead of failing', () => {
    for (const stored of ['{not json', 'null', '"large"', '[1]', JSON.stringify({ textSize: '300', contrast: 'dark', elderly: true })]) {
      const page = load(stored);
      expect([...page.html.attributes.keys()], stored).toEqual([]);
    }
  });

  it('a text-size button sets that size and stores it; pressing it again keeps it', () => {
    const page = load();
    page.ready();
    page.click(control(page, 'textSize', '200'));
    expect(page.html.getAttribute('data-text-size')).toBe('200');
    expect(pressed(page)).toEqual(['200']);
    page.click(control(page, 'textSize', '200'));
    expect(page.html.getAttribute('data-text-size')).toBe('200');
    page.click(control(page, 'textSize', '100'));
    expect(page.html.hasAttribute('data-text-size')).toBe(false);
    expect(page.stored().textSize).toBe('100');
  });

  it('高对比 toggles', () => {
    const page = load();
    page.click(control(page, 'contrast', 'high'));
    expect(page.html.getAttribute('data-contrast')).toBe('high');
    expect(load(page.storage.get(PREFERENCES_KEY)).html.getAttribute('data-contrast')).toBe('high');
    page.click(control(page, 'contrast', 'high'));
    expect(page.html.hasAttribute('data-contrast')).toBe(false);
  });

  it(`长者模式 raises the text to ${ELDERLY_TEXT_SIZE}% and switching it off restores the earlier size`, () => {
    const page = load(JSON.stringify({ textSize: '125' }));
    page.click(control(page, 'elderly', 'on'));
    expect(page.html.getAttribute('data-elderly')).toBe('on');
    expect(page.html.getAttribute('data-text-size')).toBe(ELDERLY_TEXT_SIZE);
    // The next page keeps both, and switching off there still restores 125%.
    const next = load(page.storage.get(PREFERENCES_KEY));
    expect(next.html.getAttribute('data-text-size')).toBe(ELDERLY_TEXT_SIZE);
    next.click(control(next, 'elderly', 'on'));
    expect(next.html.hasAttribute('data-elderly')).toBe(false);
    expect(next.html.getAttribute('data-text-size')).toBe('125');
  });

  it('长者模式 never makes the text smaller, and a size chosen while it is on stays after it is off', () => {
    const page = load(JSON.stringify({ textSize: '200' }));
    page.click(control(page, 'elderly', 'on'));
    expect(page.html.getAttribute('data-text-size')).toBe('200');
    page.click(control(page, 'textSize', '150'));
    page.click(control(page, 'elderly', 'on'));
    expect(page.html.getAttribute('data-text-size')).toBe('150');
  });

  it('still works on the page when storage is unavailable (private mode)', () => {
    const page = load(undefined, { storageFails: true });
    page.click(control(page, 'contrast', 'high'));
    expect(page.html.getAttribute('data-contrast')).toBe('high');
  });
});
