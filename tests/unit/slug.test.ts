import { describe, expect, it } from 'vitest';
import { freeSlug, isValidSlug, normaliseSlug, slugify } from '../../src/lib/slug.ts';

describe('slugify', () => {
  it('turns a Chinese title into toneless hyphenated pinyin', () => {
    expect(slugify('免费孕前优生健康检查')).toBe('mian-fei-yun-qian-you-sheng-jian-kang');
    expect(slugify('女儿')).toBe('nv-er');
  });
  it('keeps Latin words and digits, drops punctuation, stays ASCII', () => {
    expect(slugify('“西城幸福e家”上线')).toBe('xi-cheng-xing-fu-e-jia-shang-xian');
    expect(slugify('2012年上半年人口专刊')).toBe('2012-nian-shang-ban-nian-ren-kou-zhuan');
    expect(slugify('Hello, World!')).toBe('hello-world');
    expect(isValidSlug(slugify('《北京市人口与计划生育条例》解读（2003年）'))).toBe(true);
  });
  it('trims long titles to a few parts', () => {
    expect(slugify('关于开展计划生育家庭意外伤害保险工作的通知').split('-')).toHaveLength(8);
    expect(slugify('一二三四五', 3)).toBe('yi-er-san');
  });
  it('gives an empty slug when nothing is left', () => {
    expect(slugify('，。！')).toBe('');
  });
});

describe('normaliseSlug', () => {
  it('tidies an editor-given ASCII slug', () => {
    expect(normaliseSlug(' My Guide_2012.mdx ')).toBe('my-guide-2012');
    expect(normaliseSlug('mianfei-yunqian-jiancha')).toBe('mianfei-yunqian-jiancha');
  });
  it('refuses Chinese and other non-ASCII names', () => {
    expect(normaliseSlug('孕前检查')).toBeNull();
    expect(normaliseSlug('café')).toBeNull();
    expect(normaliseSlug('---')).toBeNull();
  });
});

describe('freeSlug', () => {
  it('adds -2, -3 … until free', () => {
    const taken = new Set(['a', 'a-2']);
    expect(freeSlug('a', (s) => taken.has(s))).toBe('a-3');
    expect(freeSlug('b', (s) => taken.has(s))).toBe('b');
  });
});
