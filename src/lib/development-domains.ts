/**
 * The six domains of early child development used by the 0—3岁 guides, with the ASCII slug of
 * each domain page (/early-childhood/domain/<slug>/). The order here is the order shown on the site.
 */
export const developmentDomains = ['运动', '语言', '认知', '社会情感', '营养喂养', '健康安全'] as const;

export type DevelopmentDomain = (typeof developmentDomains)[number];

export interface DomainInfo {
  name: DevelopmentDomain;
  slug: string;
  /** One sentence shown on the section home and the domain page. */
  description: string;
}

export const domainInfo: readonly DomainInfo[] = [
  { name: '运动', slug: 'motor', description: '抬头、翻身、坐、爬、站、走，以及抓握、捏取等手部精细动作。' },
  { name: '语言', slug: 'language', description: '从哭声、咿呀发音到说词、说句子，听懂话、会表达。' },
  { name: '认知', slug: 'cognition', description: '看、听、摸中认识世界：注意力、记忆、模仿、解决小问题和假装游戏。' },
  { name: '社会情感', slug: 'social-emotional', description: '亲子依恋、情绪安抚、与人交往，以及作息规律和生活自理的起步。' },
  { name: '营养喂养', slug: 'nutrition', description: '母乳喂养、辅食添加、顺应喂养和幼儿膳食。' },
  { name: '健康安全', slug: 'health-safety', description: '预防接种、健康检查、睡眠、口腔保健、常见病护理和居家安全。' },
];

export function isDevelopmentDomain(value: string): value is DevelopmentDomain {
  return (developmentDomains as readonly string[]).includes(value);
}

export function domainBySlug(slug: string): DomainInfo | undefined {
  return domainInfo.find((domain) => domain.slug === slug);
}

export function domainSlug(name: DevelopmentDomain): string {
  const found = domainInfo.find((domain) => domain.name === name);
  if (!found) throw new Error(`未知的发展领域：${name}`);
  return found.slug;
}

/** Position of a domain in the site's order; unknown names sort last. */
export function domainOrder(name: string): number {
  const index = (developmentDomains as readonly string[]).indexOf(name);
  return index === -1 ? developmentDomains.length : index;
}
