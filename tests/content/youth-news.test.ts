/** Bad input in 青春健康 and 工作动态 stops `npm run check` and the build, naming the file and the field. */
import { describe, expect, it } from 'vitest';
import { checkWith } from './support/content-fixture.ts';

const news = (frontmatter: string) => `---
title: 测试动态
summary: 用于检查内容校验的测试条目。
publishedAt: 2012-05-01
${frontmatter}
sample: true
---

正文。
`;

const youth = (frontmatter: string) => `---
title: 测试青春健康条目
summary: 用于检查内容校验的测试条目。
publishedAt: 2012-05-01
${frontmatter}
sample: true
---

正文。
`;

describe('youth and news content checks', () => {
  it('the real content passes', () => {
    const run = checkWith({});
    expect(run.output).toContain('内容检查通过');
    expect(run.status).toBe(0);
  });

  it('fails on an event that ends before it starts', () => {
    const run = checkWith({
      'news/bad-event-order.mdx': news(`kind: 活动预告
event:
  startsAt: '2012-05-12 09:00'
  endsAt: '2012-05-11 11:30'
  place: 西城区文化中心报告厅`),
    });
    expect(run.status).toBe(1);
    expect(run.output).toContain('news/bad-event-order.mdx');
    expect(run.output).toContain('event.endsAt');
    expect(run.output).toContain('不能早于开始时间');
  });

  it('fails on a date-only end the day before a date-only start', () => {
    const run = checkWith({
      'youth/bad-activity-order.mdx': youth(`audience: 家长
kind: 活动
event:
  startsAt: 2012-05-12
  endsAt: 2012-05-11
  place: 社区活动室`),
    });
    expect(run.status).toBe(1);
    expect(run.output).toContain('youth/bad-activity-order.mdx');
    expect(run.output).toContain('event.endsAt');
  });

  it('fails on an unknown youth audience', () => {
    const run = checkWith({ 'youth/bad-audience.mdx': youth(`audience: 老年人
kind: 文章`) });
    expect(run.status).toBe(1);
    expect(run.output).toContain('youth/bad-audience.mdx');
    expect(run.output).toContain('audience');
    expect(run.output).toContain('青少年、家长、教师');
  });

  it('fails on a 活动预告 without an event', () => {
    const run = checkWith({ 'news/bad-no-event.mdx': news('kind: 活动预告') });
    expect(run.status).toBe(1);
    expect(run.output).toContain('news/bad-no-event.mdx');
    expect(run.output).toContain('event');
    expect(run.output).toContain('活动预告必须写明 event');
  });

  it('fails on a youth 活动 without an event, and a session without a series', () => {
    const run = checkWith({
      'youth/bad-activity.mdx': youth(`audience: 青少年
kind: 活动`),
      'youth/bad-session.mdx': youth(`audience: 家长
kind: 课程
session: 13`),
    });
    expect(run.status).toBe(1);
    expect(run.output).toMatch(/youth\/bad-activity\.mdx.*event/);
    expect(run.output).toMatch(/youth\/bad-session\.mdx.*series/);
  });

  it('fails on file names that would take a section URL', () => {
    const run = checkWith({
      'youth/parents.mdx': youth(`audience: 家长
kind: 文章`),
      'news/2012.mdx': news('kind: 工作动态'),
    });
    expect(run.status).toBe(1);
    expect(run.output).toMatch(/youth\/parents\.mdx.*文件名.*\/youth\/parents\//);
    expect(run.output).toMatch(/news\/2012\.mdx.*文件名.*\/news\/2012\//);
  });

  it('fails on an impossible event time, naming the field', () => {
    const run = checkWith({
      'news/bad-time.mdx': news(`kind: 活动预告
event:
  startsAt: '2012-05-12 25:00'
  endsAt: '2012-05-12 26:00'
  place: 报告厅`),
    });
    expect(run.status).toBe(1);
    expect(run.output).toContain('news/bad-time.mdx');
    expect(run.output).toContain('event.startsAt');
  });
});
