/**
 * The reading preferences (阅读设置) offered in the header. The inline script
 * src/scripts/reading-preferences.js applies them; it is plain JavaScript that runs before first
 * paint and cannot import this module, so tests/unit/reading-preferences.test.ts checks that both agree.
 */

/** localStorage key; the stored value is JSON: { textSize, contrast, elderly, restore }. */
export const PREFERENCES_KEY = 'ehome-reading-preferences';

export interface TextSize {
  /** Stored value and the value of <html data-text-size> (absent for 100). */
  value: '100' | '125' | '150' | '200';
  label: string;
  /** Multiple of the 18px base size. */
  scale: number;
}

/** 工信部《互联网网站适老化通用设计规范》 asks for text that can be enlarged; 200% is WCAG 1.4.4's bar. */
export const TEXT_SIZES: readonly TextSize[] = [
  { value: '100', label: '标准', scale: 1 },
  { value: '125', label: '较大', scale: 1.25 },
  { value: '150', label: '大', scale: 1.5 },
  { value: '200', label: '特大', scale: 2 },
];

/** 长者模式 raises the text size to at least this one. */
export const ELDERLY_TEXT_SIZE: TextSize['value'] = '150';

/** Base text size in CSS pixels at 100%. */
export const BASE_FONT_PX = 18;

/** Minimum tap target in CSS pixels: WCAG 2.5.5 in normal mode, larger in 长者模式. */
export const TAP_TARGET_PX = { normal: 44, elderly: 60 } as const;
