/**
 * Identity of the deploying office. Another district deploys the same code by editing this file
 * and `content/`; nothing else names Xicheng.
 */
export interface NavItem {
  label: string;
  href: string;
}

export interface SiteConfig {
  /** Full site name shown in the header and in <meta name="SiteName">. */
  name: string;
  shortName: string;
  /** ASCII short name, for machine-readable names (data packages): lower-case letters and digits. */
  slug: string;
  /** One-line description used on the home page and as the default meta description. */
  tagline: string;
  /** Absolute origin the site is deployed at; used for canonical URLs, feeds and the sitemap. */
  url: string;
  /** 主办单位 */
  owner: string;
  /** 承办单位 */
  operator: string;
  district: string;
  /** Registration fields shown in the footer. Real values come from the deploying office. */
  registration: {
    siteIdCode: string;
    icp: string;
    publicSecurity: string;
  };
  contact: {
    address: string;
    postcode: string;
    phone: string;
    email: string;
    hours: string;
  };
  /** 索引号 prefix: the publishing body's organisation code (see README “索引号格式”). */
  indexNoOrgCode: string;
  /** Repository used for the “在 GitHub 上编辑此页” link. */
  repository: { url: string; branch: string };
  nav: NavItem[];
  /** True while any registration field is still a placeholder; the footer says so. */
  registrationIsSample: boolean;
}

export const site: SiteConfig = {
  name: '西城幸福e家',
  shortName: '幸福e家',
  slug: 'xicheng',
  tagline: '北京市西城区虚拟人口和家庭服务中心：覆盖家庭生命全程的公共服务',
  url: 'https://ehome.example.gov.cn',
  owner: '北京市西城区人口和计划生育委员会',
  operator: '北京市西城区人口和家庭服务中心',
  district: '西城区',
  registration: {
    siteIdCode: '示例-0000000000',
    icp: '京ICP备（示例）00000000号',
    publicSecurity: '京公网安备（示例）00000000000000号',
  },
  contact: {
    address: '北京市西城区（示例地址）二龙路 27 号',
    postcode: '100000',
    phone: '010-6600 0000（示例）',
    email: 'ehome@example.gov.cn',
    hours: '周一至周五 8:30—12:00，13:30—17:30（法定节假日除外）',
  },
  indexNoOrgCode: '11A0XC',
  repository: { url: 'https://github.com/example-gov/xicheng-ehome', branch: 'main' },
  registrationIsSample: true,
  nav: [
    { label: '首页', href: '/' },
    { label: '办事指南', href: '/services/' },
    { label: '政策法规', href: '/policies/' },
    { label: '婴幼儿早期发展', href: '/early-childhood/' },
    { label: '青春健康', href: '/youth/' },
    { label: '服务网络', href: '/service-points/' },
    { label: '政府信息公开', href: '/disclosure/' },
    { label: '人口专刊', href: '/bulletins/' },
    { label: '工作动态', href: '/news/' },
  ],
};
