import type { CategoryDef } from './categoryTypes';

/** Words a 送达回证 uses for a judgment, ruling or mediation statement. */
const JUDGMENT_WORDS = ['判决书', '裁定书', '调解书'];

/**
 * 民初 (civil first instance): the 正卷 then the 副卷, each in DOMAIN.md order ("The e-dossier";
 * 立卷归档办法 art. 12 and local practice). The order of this array IS the catalogue order.
 *
 * Required-from stages where DOMAIN is silent are what a clerk checks before handing a file on:
 * - nothing is demanded before the stage that produces it (庭审笔录 only once the case has moved past
 *   开庭, because at 开庭 the transcript is still being written and signed);
 * - 答辩状 is never required (a defendant may stay silent); 开庭公告 neither (courts file it unevenly);
 * - the 送达回证 of the judgment is demanded through the service-proof rule (`served` on the
 *   judgment categories), not as a missing item, so one gap is reported once.
 */
export const CIVIL_FIRST_INSTANCE: CategoryDef[] = [
  // ── 正卷 ──
  {
    name: '封面', volume: 'main', numbered: false, generated: true,
    rules: { title: ['卷宗封面', '卷皮', '案卷封面', '封面'], text: ['诉讼文书卷宗', '本卷共', '保管期限', '立卷人', '归档日期', '结案方式', '收案日期'] },
  },
  {
    name: '卷内目录', volume: 'main', numbered: false, generated: true,
    rules: { title: ['卷内目录', '卷宗目录', '目录'], text: ['材料名称', '页号', '页次', '起止页', '序号'] },
  },
  {
    name: '审判流程信息表', volume: 'main', numbered: true,
    required: { from: 'closed', why: '结案时由审判流程系统打印入卷' },
    rules: { title: ['审判流程信息表', '流程信息表', '流程管理信息表', '立案审批表', '案件信息表'], text: ['流程节点', '承办人', '审限', '立案日期', '结案日期'] },
  },
  {
    name: '起诉状', volume: 'main', numbered: true,
    required: { from: 'filing', why: '立案的依据（或口诉笔录）' },
    rules: {
      title: ['起诉状', '诉状', '口诉笔录', '起诉书', '变更诉讼请求', '增加诉讼请求', '追加诉讼请求'],
      text: ['诉讼请求', '事实与理由', '此致', '具状人', '起诉人', '请求判令'],
      not: ['答辩', '上诉状', '上诉书'],
    },
  },
  {
    name: '立案通知书及诉讼费材料', volume: 'main', numbered: true,
    required: { from: 'filing', why: '受理案件通知书与交纳诉讼费用通知书随立案发出' },
    rules: {
      title: ['受理案件通知书', '案件受理通知书', '受理通知书', '立案通知书', '诉讼费', '受理费', '交费通知', '缴费通知', '交费凭证', '缴费凭证', '缓交', '减交', '免交'],
      text: ['决定立案', '予以立案', '立案受理', '案件受理费', '诉讼费用', '交纳诉讼费', '缴纳诉讼费', '预交'],
    },
  },
  {
    name: '诉讼风险提示书', volume: 'main', numbered: true,
    // Usually handed over with the 受理通知书, but not every court files a signed copy: not required.
    rules: { title: ['诉讼风险提示书', '风险提示书', '诉讼风险告知书', '风险告知书'], text: ['诉讼风险', '风险提示', '风险告知'] },
  },
  {
    name: '举证通知书', volume: 'main', numbered: true,
    required: { from: 'service', why: '与应诉通知书一并送达双方当事人' },
    rules: { title: ['举证通知书', '举证须知', '举证责任通知书', '举证期限通知书'], text: ['举证期限', '逾期提供证据', '举证责任', '证据交换'] },
  },
  {
    name: '应诉通知书及送达回证', volume: 'main', numbered: true, proof: true,
    required: { from: 'service', why: '起诉状副本须在立案后五日内随应诉通知书送达被告' },
    served: { stage: 'service', words: ['应诉通知书', '起诉状副本', '举证通知书', '受理案件通知书', '诉讼风险提示书'] },
    rules: {
      title: ['应诉通知书', '应诉须知', '送达回证', '送达回执', '送达凭证', '送达地址确认书', '邮寄送达', '电子送达', '合议庭组成人员通知书', '审判组织告知书'],
      text: ['应诉通知书', '起诉状副本', '举证通知书', '提交答辩状', '答辩期', '送达地址'],
    },
  },
  {
    name: '答辩状', volume: 'main', numbered: true,
    rules: { title: ['答辩状', '答辩书', '答辩意见', '反诉状'], text: ['答辩人', '答辩意见', '答辩如下', '提出答辩', '被答辩人'], not: ['上诉'] },
  },
  {
    name: '证据材料', volume: 'main', numbered: true,
    required: { from: 'filing', why: '起诉时应提供证据和证据来源（民诉法第一百二十四条）' },
    rules: {
      title: ['证据材料', '证据清单', '证据目录', '证据', '借条', '欠条', '收条', '借款合同', '合同', '协议', '转账', '流水', '发票', '聊天记录', '照片', '鉴定意见', '鉴定报告', '评估报告', '病历', '诊断证明', '收据', '对账单', '结算单', '公证书', '截图'],
      text: ['证明目的', '证明内容', '与原件核对', '复印件', '证据来源', '原件'],
      not: ['送达', '通知书', '笔录'],
    },
  },
  {
    name: '询问笔录', volume: 'main', numbered: true,
    rules: { title: ['询问笔录', '谈话笔录', '询问记录', '谈话记录'], text: ['询问人', '被询问人', '谈话人', '问：', '答：'] },
  },
  {
    name: '调查笔录及调查取证材料', volume: 'main', numbered: true,
    rules: {
      title: ['调查笔录', '调查取证', '调查令', '调取证据', '协助调查', '调查函', '调取', '调查记录', '现场勘验', '勘验笔录'],
      text: ['调查人', '被调查人', '调查取证', '协助调查', '调取', '勘验'],
    },
  },
  {
    name: '调解材料及笔录', volume: 'main', numbered: true,
    rules: {
      title: ['调解笔录', '调解协议', '调解材料', '和解协议', '诉前调解', '调解方案', '调解意见', '人民调解', '调解记录'],
      text: ['主持调解', '调解员', '自愿达成', '和解', '调解方案'],
      not: ['调解书'],
    },
  },
  {
    name: '庭前准备笔录', volume: 'main', numbered: true,
    rules: { title: ['庭前准备笔录', '庭前会议笔录', '证据交换笔录', '庭前准备', '庭前会议', '证据交换'], text: ['庭前准备', '证据交换', '庭前会议', '交换证据', '归纳争议焦点'] },
  },
  {
    name: '授权委托书及身份证明', volume: 'main', numbered: true,
    // DOMAIN: 授权委托书 / 法定代表人身份证明 / 鉴定委托书 share this slot; party ID papers go with them.
    required: { from: 'filing', organisationParty: true, why: '单位当事人须提交法定代表人身份证明书' },
    rules: {
      title: ['授权委托书', '委托书', '法定代表人身份证明', '负责人身份证明', '身份证明', '身份证', '营业执照', '所函', '律师证', '执业证', '鉴定委托', '委托鉴定', '推荐函', '户籍证明', '居民身份'],
      text: ['代理权限', '特别授权', '一般授权', '受委托人', '委托人', '兹证明', '系我单位', '鉴定事项', '统一社会信用代码'],
    },
  },
  {
    name: '开庭传票及出庭通知书', volume: 'main', numbered: true, proof: true,
    required: { from: 'hearing', why: '开庭三日前须传唤当事人、通知其他诉讼参与人' },
    served: { stage: 'pretrial', words: ['传票', '出庭通知书', '开庭通知'] },
    rules: {
      title: ['传票', '出庭通知书', '开庭通知书', '开庭通知', '到庭通知'],
      combos: [['送达回证', ['传票', '出庭通知', '开庭通知']]],
      text: ['传票', '应到时间', '应到处所', '被传唤人', '出庭'],
    },
  },
  {
    name: '开庭公告', volume: 'main', numbered: true,
    rules: { title: ['开庭公告', '庭审公告', '公开开庭公告'], text: ['公开开庭审理', '特此公告', '定于'] },
  },
  {
    name: '庭审笔录', volume: 'main', numbered: true,
    required: { from: 'deliberation', why: '开庭后笔录经当事人阅看签名入卷' },
    rules: {
      title: ['庭审笔录', '开庭笔录', '法庭笔录', '庭审记录', '开庭审理笔录', '开庭记录'],
      text: ['审判长', '书记员', '现在开庭', '法庭调查', '法庭辩论', '核对当事人', '休庭', '最后陈述'],
    },
  },
  {
    name: '代理词', volume: 'main', numbered: true,
    rules: { title: ['代理词', '代理意见', '辩护词', '辩论意见'], text: ['代理意见', '发表如下代理意见', '受当事人委托', '尊敬的审判长', '代理人认为'] },
  },
  {
    name: '调解书及撤诉书', volume: 'main', numbered: true,
    required: { from: 'judgment', group: '裁判文书', why: '以调解或撤诉结案时的结案文书' },
    served: { stage: 'judgment_service', words: ['调解书', '裁定书'] },
    rules: {
      title: ['调解书', '撤诉申请', '撤诉书', '撤回起诉', '撤诉'],
      combos: [['裁定书', ['撤回起诉', '按撤诉处理', '准许撤诉', '准予撤诉']]],
      text: ['经本院主持调解', '自愿达成如下协议', '撤回起诉', '申请撤诉', '按撤诉处理'],
      not: ['原稿', '签发稿', '草稿', '底稿'],
    },
  },
  {
    name: '判决书及裁定书', volume: 'main', numbered: true,
    required: { from: 'judgment', group: '裁判文书', why: '以判决或裁定结案时的裁判文书（原本及正本）' },
    served: { stage: 'judgment_service', words: ['判决书', '裁定书'] },
    rules: {
      title: ['判决书', '裁定书', '判决', '裁定'],
      text: ['判决如下', '裁定如下', '本院认为', '如不服本判决', '如不服本裁定', '审判长'],
      not: ['原稿', '签发稿', '草稿', '底稿', '送审稿', '审批', '宣判笔录'],
    },
  },
  {
    name: '宣判笔录', volume: 'main', numbered: true,
    // Only for a judgment pronounced on a later day (定期宣判): not required.
    rules: { title: ['宣判笔录', '宣判记录', '宣判'], text: ['宣判', '定期宣判', '当庭宣判', '宣告判决'] },
  },
  {
    name: '送达回证', volume: 'main', numbered: true, proof: true,
    // Demanded by the service-proof rule for the judgment categories from 文书送达 on.
    rules: {
      title: ['裁判文书送达', '判决书送达', '宣判送达'],
      combos: [['送达回证', JUDGMENT_WORDS], ['送达回执', JUDGMENT_WORDS], ['送达凭证', JUDGMENT_WORDS], ['邮寄', JUDGMENT_WORDS], ['电子送达', JUDGMENT_WORDS]],
      text: ['送达回证', '受送达人', '送达文书', '签收'],
    },
  },
  {
    name: '上诉状', volume: 'main', numbered: true,
    rules: { title: ['上诉状', '上诉书', '上诉费', '上诉案件移送函', '移送上诉'], text: ['上诉请求', '上诉人', '上诉理由', '被上诉人'] },
  },
  {
    name: '上级法院退卷函', volume: 'main', numbered: true,
    rules: { title: ['退卷函', '退卷', '退回卷宗', '送还卷宗'], text: ['退回', '现将', '卷宗', '退还'] },
  },
  {
    name: '上级法院裁判', volume: 'main', numbered: true,
    rules: {
      title: ['二审判决', '二审裁定', '上级法院裁判'],
      combos: [['判决书', ['民终', '终审判决', '二审']], ['裁定书', ['民终', '终审裁定', '二审']]],
      text: ['民终', '本判决为终审判决', '本裁定为终审裁定', '上诉人', '被上诉人'],
    },
  },
  {
    name: '证物处理手续', volume: 'main', numbered: true,
    rules: { title: ['证物处理', '物证处理', '证物清单', '证物移交', '证物', '物证'], text: ['证物', '物证', '发还', '移交'] },
  },
  {
    name: '执行手续', volume: 'main', numbered: true,
    rules: { title: ['执行手续', '移送执行', '执行立案', '强制执行申请', '申请执行书', '执行申请书', '申请强制执行'], text: ['申请执行', '强制执行', '移送执行', '生效法律文书'] },
  },
  {
    name: '备考表', volume: 'main', numbered: false, generated: true,
    rules: { title: ['备考表'], text: ['本卷情况说明', '立卷人', '检查人', '立卷时间'], not: ['副卷'] },
  },
  {
    name: '卷底', volume: 'main', numbered: false, generated: true,
    rules: { title: ['卷底', '封底'], text: ['卷底'] },
  },
  // ── 副卷 (never shown to parties or their lawyers) ──
  {
    name: '阅卷笔录', volume: 'internal', numbered: true,
    rules: { title: ['阅卷笔录', '阅卷记录', '阅卷摘要'], text: ['阅卷', '摘录'] },
  },
  {
    name: '审理报告', volume: 'internal', numbered: true,
    required: { from: 'judgment', procedures: ['ordinary'], why: '普通程序案件须有审理报告（简易、小额可用简式文书替代）' },
    rules: { title: ['审理报告', '审结报告', '审查报告'], text: ['审理报告', '承办人意见', '处理意见', '拟判', '案件由来', '争议焦点'] },
  },
  {
    name: '合议庭评议笔录', volume: 'internal', numbered: true,
    required: { from: 'judgment', procedures: ['ordinary'], why: '合议庭审理的案件须有评议笔录' },
    rules: { title: ['合议庭评议笔录', '评议笔录', '合议笔录', '评议记录', '合议庭评议'], text: ['评议', '合议庭成员', '表决', '多数意见', '少数意见'] },
  },
  {
    name: '审委会讨论记录', volume: 'internal', numbered: true,
    rules: { title: ['审判委员会', '审委会', '讨论记录', '讨论案件笔录'], text: ['审判委员会', '审委会委员', '讨论决定', '主持人'] },
  },
  {
    name: '裁判文书原稿及签发稿', volume: 'internal', numbered: true,
    required: { from: 'judgment', why: '裁判文书须经签发，原稿入副卷' },
    rules: { title: ['原稿', '签发稿', '签发单', '文书签发', '草稿', '底稿', '送审稿', '审批稿'], text: ['签发人', '签发', '核稿', '拟稿'] },
  },
  {
    name: '内部请示及批复', volume: 'internal', numbered: true,
    rules: { title: ['请示', '批复', '内部请示'], text: ['请示', '批复', '妥否', '请批示'] },
  },
  {
    name: '副卷备考表', volume: 'internal', numbered: false, generated: true,
    rules: { title: ['副卷备考表'], combos: [['备考表', ['副卷']]], text: ['本卷情况说明', '立卷人', '检查人'] },
  },
];
