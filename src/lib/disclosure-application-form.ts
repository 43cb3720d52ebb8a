/**
 * The fields of the 政府信息公开申请表 (《政府信息公开条例》第二十九条: the applicant's name or
 * organisation, identity and contact details; a description of the information sought; the form
 * in which it is wanted). The printable page /disclosure/apply/form/ renders this list.
 */
export interface FormField {
  label: string;
  required?: boolean;
  /** Tick boxes instead of a blank. */
  options?: readonly string[];
  /** Height of the blank, in lines. */
  lines?: number;
  note?: string;
}

export interface FormSection {
  title: string;
  fields: readonly FormField[];
}

/** The form's fields and notes; the receiving office is the site owner (site.config.ts). */
export const APPLICATION_FORM: { sections: readonly FormSection[]; notes: readonly string[] } = {
  sections: [
    {
      title: '一、申请人信息（公民）',
      fields: [
        { label: '姓名', required: true },
        { label: '证件名称', options: ['居民身份证', '护照', '其他：________'] },
        { label: '证件号码', required: true },
        { label: '工作单位' },
        { label: '通信地址', required: true },
        { label: '邮政编码' },
        { label: '联系电话', required: true },
        { label: '电子邮箱' },
      ],
    },
    {
      title: '二、申请人信息（法人或者其他组织）',
      fields: [
        { label: '名称', required: true },
        { label: '统一社会信用代码', required: true },
        { label: '法定代表人或者负责人' },
        { label: '联系人姓名', required: true },
        { label: '联系人电话', required: true },
        { label: '通信地址', required: true },
        { label: '电子邮箱' },
      ],
    },
    {
      title: '三、所需政府信息情况',
      fields: [
        { label: '所需政府信息的名称、文号或者便于查询的其他特征性描述', required: true, lines: 4, note: '例如：2012年度独生子女伤残死亡家庭特别扶助对象公示，或“2011年全年社会抚养费征收总额”。' },
        { label: '政府信息的指定提供载体形式', options: ['纸质文本', '电子邮件', '光盘'] },
        { label: '获取政府信息的方式', options: ['邮寄', '电子邮件', '传真', '当面领取'] },
      ],
    },
  ],
  notes: [
    '公民填写第一部分，法人或者其他组织填写第二部分，两者均须填写第三部分。',
    '所需信息描述越具体，越便于查找和答复；一份申请表宜只申请一项或一类信息。',
    '申请人对所填信息的真实性负责；以他人名义申请的，应附授权委托书。',
    '本机关收到申请后，能够当场答复的当场答复；不能当场答复的，自收到申请之日起 20 个工作日内答复，需要延长的，经负责人同意并告知申请人，延长期限不超过 20 个工作日。',
  ],
};
