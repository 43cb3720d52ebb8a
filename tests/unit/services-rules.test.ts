import { describe, expect, it } from 'vitest';
import { guideBasisInForce } from '../../src/lib/content-rules/guide-basis-in-force.ts';
import type { ValidRecord } from '../../src/lib/content-validation/types.ts';

const record = (collection: string, id: string, data: Record<string, unknown>, source = ''): ValidRecord => ({
  collection,
  id,
  file: `content/${collection}/${id}.mdx`,
  line: 2,
  source,
  data,
});
const ref = (collection: string, id: string) => ({ collection, id });

describe('guideBasisInForce', () => {
  const policies = [
    record('policies', 'new', { status: '现行有效' }),
    record('policies', 'old', { status: '已废止', supersededBy: ref('policies', 'new') }),
    record('policies', 'amended', { status: '已修订' }),
  ];

  it('accepts guides citing only policies in force, and ignores unknown ids (reported elsewhere)', () => {
    const guides = [record('services', 'g', { basis: [ref('policies', 'new'), ref('policies', 'ghost')] })];
    expect(guideBasisInForce(new Map([['policies', policies], ['services', guides]]))).toEqual([]);
  });

  it('reports each repealed or amended policy a guide cites, with the line and the replacement', () => {
    const source = 'title: 指南\nbasis:\n  - new\n  - old\n  - amended\n';
    const guides = [record('services', 'g', { basis: [ref('policies', 'new'), ref('policies', 'old'), ref('policies', 'amended')] }, source)];
    const problems = guideBasisInForce(new Map([['policies', policies], ['services', guides]]));
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatchObject({ file: 'content/services/g.mdx', field: 'basis[1]（设定依据）', line: 5, hint: '请改为“new”' });
    expect(problems[0]!.message).toContain('“old”已废止');
    expect(problems[1]!.message).toContain('“amended”已修订');
  });
});
