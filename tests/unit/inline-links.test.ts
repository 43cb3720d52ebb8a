import { describe, expect, it } from 'vitest';
import { inlineParts } from '../../src/lib/inline-links.ts';

describe('inlineParts', () => {
  it('splits Markdown-style links out of a text, in order', () => {
    expect(inlineParts('按照《工作要点》（[西政发〔2012〕4号](/disclosure/xizhengfa-2012-4/)）的要求，见[人口专刊](/bulletins/)。')).toEqual([
      { kind: 'text', text: '按照《工作要点》（' },
      { kind: 'link', text: '西政发〔2012〕4号', href: '/disclosure/xizhengfa-2012-4/' },
      { kind: 'text', text: '）的要求，见' },
      { kind: 'link', text: '人口专刊', href: '/bulletins/' },
      { kind: 'text', text: '。' },
    ]);
  });

  it('leaves text without links, HTML and unfinished links as plain text', () => {
    expect(inlineParts('没有链接。')).toEqual([{ kind: 'text', text: '没有链接。' }]);
    expect(inlineParts('<b>粗</b> [未完成](')).toEqual([{ kind: 'text', text: '<b>粗</b> [未完成](' }]);
    expect(inlineParts('')).toEqual([]);
  });
});
