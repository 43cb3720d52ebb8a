/**
 * The standard parts of a 政府信息公开 column (《中华人民共和国政府信息公开条例》, 2019): where each
 * lives on this site. The column home and the column navigation read this list.
 */
export interface DisclosureSection {
  name: string;
  href: string;
  /** One sentence for the column home. */
  description: string;
  /** The article of the 条例 the part answers to. */
  basis: string;
}

export const DISCLOSURE_SECTIONS: readonly DisclosureSection[] = [
  { name: '信息公开首页', href: '/disclosure/', description: '本栏目各部分的入口。', basis: '' },
  {
    name: '政府信息公开指南',
    href: '/disclosure/guide/',
    description: '信息的分类、编排体系和获取方式，信息公开工作机构的名称、办公地址、办公时间、联系电话、传真号码和电子邮箱。',
    basis: '条例第十二条',
  },
  { name: '政府信息公开制度', href: '/disclosure/system/', description: '本机关政府信息公开的审查、发布、协调和考核制度。', basis: '条例第三条、第十七条' },
  { name: '法定主动公开内容', href: '/disclosure/catalog/', description: '主动公开的政府信息目录：按主题分类、年份和信息类别浏览，每条写明索引号、发布机构和日期。', basis: '条例第十九条、第二十条' },
  { name: '政府信息公开年度报告', href: '/disclosure/catalog/kind/annual-report/', description: '每年向社会公布的政府信息公开工作年度报告。', basis: '条例第四十九条、第五十条' },
  { name: '依申请公开', href: '/disclosure/apply/', description: '怎样书面提出申请、申请如何处理、多少个工作日内答复，以及可打印的申请表。', basis: '条例第二十七条至第四十五条' },
  { name: '监督保障', href: '/disclosure/supervision/', description: '对信息公开工作有意见怎样投诉举报，以及申请行政复议、提起行政诉讼的途径。', basis: '条例第四十六条至第五十三条' },
  { name: '信息公开搜索', href: '/disclosure/search/', description: '按标题、文号、索引号在本栏目中查找。', basis: '' },
];
