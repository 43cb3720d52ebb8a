/**
 * Real queries and the page each must return among its first three results, run in Chromium by
 * search-quality.test.ts exactly as the search page runs them. When a reasonable query fails, fix
 * the source (title, synonyms, searchTerms, weights), not this table.
 */
export interface SearchQueryCase {
  query: string;
  /** The page that must be among the top three results (or one of these pages). */
  expect: string | readonly string[];
  /** Search inside the 政府信息公开 column, as /disclosure/search/ does. */
  disclosure?: boolean;
  /** Only the first place will do (文号 and 索引号). */
  first?: boolean;
  /** Why this query is here. */
  why: string;
}

export const SEARCH_QUERIES: readonly SearchQueryCase[] = [
  // Services and policies by the words people use (2–6 characters).
  { query: '孕前检查', expect: '/services/free-prepregnancy-checkup/', why: 'the service in the work points' },
  { query: '特别扶助金', expect: '/services/special-assistance-application/', why: 'a benefit by its name' },
  { query: '流动人口 婚育证明', expect: '/services/migrant-marriage-birth-certificate/', why: 'two words with a space' },
  { query: '早教大礼包', expect: '/services/early-education-gift-pack/', why: 'ICU cuts 早|教|大|礼包, jieba 早教|大礼|包' },
  { query: '生育服务证', expect: '/services/birth-service-certificate/', why: 'a certificate by its official name' },
  { query: '意外伤害保险', expect: '/services/accident-insurance/', why: 'a programme of the work points' },
  { query: '青春健康', expect: '/youth/center/', why: 'a column and its centre' },
  { query: '家长大课堂', expect: '/services/youth-parent-class/', why: 'the registration service for the class' },
  { query: '人口专刊', expect: ['/bulletins/2012-h1/', '/bulletins/2012-h2/', '/bulletins/2013-h1/', '/bulletins/2013-h2/'], why: 'the half-yearly bulletin, any issue' },
  { query: '人口专刊 2012年下半年', expect: '/bulletins/2012-h2/', why: 'one issue by its period' },
  { query: '叶酸', expect: '/services/folic-acid-supplement/', why: 'a single common word' },
  { query: '光荣证', expect: '/services/only-child-parents-certificate/', why: 'the short name of a certificate' },
  { query: '避孕套', expect: '/services/contraception-free-service/', why: 'an everyday word for 避孕药具' },
  { query: '母婴保健法', expect: '/policies/maternal-infant-health-law/', why: 'a law by its short name' },
  { query: '社会抚养费', expect: '/policies/social-maintenance-fee-measures/', why: 'a policy by its subject' },
  { query: '育心行动', expect: '/policies/xicheng-youth-health-program/', why: 'the name of a programme' },
  { query: '绿色通道', expect: '/services/youth-consultation-green-channel/', why: 'the consultation channel' },
  { query: '生殖道感染', expect: '/services/reproductive-tract-infection-intervention/', why: 'a medical term' },
  { query: '失独家庭', expect: '/services/special-families-care-visit/', why: 'the everyday name of 计划生育特殊家庭' },
  { query: '添加辅食', expect: '/early-childhood/starting-solids/', why: 'an early-childhood guide' },
  { query: '宝宝出牙', expect: '/early-childhood/first-teeth/', why: 'a parent’s words' },
  { query: '发脾气', expect: '/early-childhood/tantrums/', why: 'a parent’s words' },
  { query: '入园准备', expect: '/services/preschool-family-education-guidance/', why: 'a preschool service' },
  { query: '依申请公开', expect: '/disclosure/apply/', why: 'a part of the disclosure column' },
  { query: '西城幸福e家', expect: '/about/', why: 'the site’s own name, mixed Chinese and Latin' },
  // Names of services, typed in full.
  { query: '免费增补叶酸领取', expect: '/services/folic-acid-supplement/', why: 'exact title' },
  { query: '流动人口婚育证明办理和交验', expect: '/services/migrant-marriage-birth-certificate/', first: true, why: 'exact title comes first' },
  { query: '独生子女父母光荣证办理', expect: '/services/only-child-parents-certificate/', first: true, why: 'exact title comes first' },
  { query: '计划生育特殊家庭走访慰问和亲情抚慰', expect: '/services/special-families-care-visit/', first: true, why: 'exact long title comes first' },
  // Synonyms the content gives.
  { query: '准生证', expect: '/services/birth-service-certificate/', why: 'synonym: 准生证 for 生育服务证' },
  { query: '二胎', expect: '/services/second-child-approval/', why: 'synonym: 二胎 for 再生育一个子女' },
  { query: '建大卡', expect: '/services/maternal-health-record/', why: 'synonym: 建大卡 for 孕产期保健建档' },
  { query: '独生子女费', expect: '/services/only-child-parents-reward/', why: 'synonym: 独生子女费 for 独生子女父母奖励费' },
  { query: '孕检', expect: '/services/free-prepregnancy-checkup/', why: 'synonym: 孕检' },
  { query: '555号令', expect: '/policies/migrant-family-planning-regulations/', why: 'synonym: a State Council order by its number' },
  // Numbers with their unit, from a bulletin.
  { query: '126.6万人', expect: '/bulletins/2012-h1/', why: 'a figure with its unit' },
  { query: '700对', expect: '/disclosure/free-prepregnancy-checkup-2012/', why: 'a target with its unit' },
  // 文号 and 索引号, in the spellings people type.
  { query: '西政发〔2012〕4号', expect: '/disclosure/xizhengfa-2012-4/', why: 'standard 文号, whole site' },
  { query: '西政发〔2012〕4号', expect: '/disclosure/xizhengfa-2012-4/', disclosure: true, first: true, why: 'standard 文号' },
  { query: '西政发[2012]4号', expect: '/disclosure/xizhengfa-2012-4/', disclosure: true, first: true, why: '文号 with square brackets' },
  { query: '西政发〔2012〕第4号', expect: '/disclosure/xizhengfa-2012-4/', disclosure: true, first: true, why: '文号 with 第' },
  { query: '国务院令第555号', expect: '/policies/migrant-family-planning-regulations/', first: true, why: '令号 as written' },
  { query: '国务院第555号令', expect: '/policies/migrant-family-planning-regulations/', first: true, why: '令号 as people say it' },
  { query: '主席令第六十三号', expect: '/policies/population-family-planning-law/', first: true, why: '令号 of a law, Chinese numerals' },
  { query: '11A0XC-2012-00001', expect: '/disclosure/xizhengfa-2012-4/', disclosure: true, first: true, why: '索引号' },
  { query: '11a0xc-2012-00016', expect: '/disclosure/special-assistance-recipients-2012/', disclosure: true, first: true, why: '索引号 in lower case' },
  { query: '特别扶助对象公示', expect: '/disclosure/special-assistance-recipients-2012/', disclosure: true, why: 'a disclosure title, any year' },
  { query: '年度报告', expect: '/disclosure/annual-report-2012/', disclosure: true, why: 'the annual reports' },
];
