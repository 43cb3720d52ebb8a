import { describe, expect, it } from 'vitest';
import { excerptParts, resultCountText, resultView } from '../../src/lib/search-results.ts';

describe('excerptParts', () => {
  it('splits Pagefind’s excerpt into plain and marked text', () => {
    expect(excerptParts('免费<mark>孕前</mark>优生健康<mark>检查</mark>。')).toEqual([
      { text: '免费', marked: false },
      { text: '孕前', marked: true },
      { text: '优生健康', marked: false },
      { text: '检查', marked: true },
      { text: '。', marked: false },
    ]);
  });

  it('shows escaped text as text and drops any other markup', () => {
    expect(excerptParts('a &lt;script&gt; &amp; <b>b</b> <mark>&lt;c&gt;</mark>')).toEqual([
      { text: 'a <script> & b ', marked: false },
      { text: '<c>', marked: true },
    ]);
    expect(excerptParts('')).toEqual([]);
  });
});

describe('resultView', () => {
  it('shows title, 栏目, date in Chinese, 文号 and 索引号', () => {
    const view = resultView({
      url: '/disclosure/xizhengfa-2012-4/',
      excerpt: '<mark>西政发</mark>',
      meta: { title: '关于印发工作要点的通知', section: '政府信息公开', date: '2012-02-25', docNumber: '西政发〔2012〕4号', indexNo: '11A0XC-2012-00001' },
    });
    expect(view).toEqual({
      url: '/disclosure/xizhengfa-2012-4/',
      title: '关于印发工作要点的通知',
      section: '政府信息公开',
      date: { iso: '2012-02-25', text: '2012年2月25日' },
      numbers: [{ label: '文号', value: '西政发〔2012〕4号' }, { label: '索引号', value: '11A0XC-2012-00001' }],
      excerpt: [{ text: '西政发', marked: true }],
    });
  });

  it('falls back to the URL for a page without a title, and leaves out what a page lacks', () => {
    const view = resultView({ url: '/about/', excerpt: '', meta: {} });
    expect(view.title).toBe('/about/');
    expect(view.section).toBeNull();
    expect(view.date).toBeNull();
    expect(view.numbers).toEqual([]);
  });
});

describe('resultCountText', () => {
  it('says how many were found and how many are shown', () => {
    expect(resultCountText(27, 10)).toBe('找到 27 条结果，显示前 10 条');
    expect(resultCountText(3, 3)).toBe('找到 3 条结果');
    expect(resultCountText(0, 0)).toBe('没有找到结果');
  });
});
