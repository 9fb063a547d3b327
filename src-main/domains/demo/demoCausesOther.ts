import { yuan, zhDate } from './demoPeople';
import { left, right, type CauseSpec } from './demoStory';

export const securedClaim: CauseSpec = {
  cause: '申请实现担保物权',
  caseType: '民特',
  cast: (f) => ({
    plaintiffs: [f.organization('applicant', '江苏演示农村商业银行股份有限公司', { repTitle: '董事长' })],
    defendants: [f.person('respondent')],
  }),
  amount: (s) => s.scaled({ small_claims: [200000, 400000], simplified: [300000, 900000], ordinary: [900000, 2000000] }, 1000),
  complaintTitle: '实现担保物权申请书',
  claimsHeading: '请求事项',
  claims: (s) => [
    `裁定准许拍卖、变卖被申请人${s.d}名下位于演示县城关镇滨河路${s.fix('no', () => s.rng.int(1, 99))}号的抵押房产；`,
    `申请人对拍卖、变卖所得价款在${yuan(s.amount!)}及相应利息范围内享有优先受偿权；`,
    '本案申请费由被申请人负担。',
  ],
  facts: (s) => [
    `${zhDate(s.before('loan', 500, 700))}，被申请人向申请人借款${yuan(s.amount!)}，并以其名下上述房产提供抵押担保，双方签订了《抵押合同》，并在演示县不动产登记中心办理了抵押登记。`,
    '借款到期后，被申请人未按约归还借款本息，抵押权实现的条件已经成就。申请人依据《中华人民共和国民事诉讼法》第二百零七条之规定，向贵院申请实现担保物权。',
  ],
  evidence: () => [
    ['《借款合同》及借款借据', '证明主债权的成立及数额'],
    ['《抵押合同》一份', '证明双方设立抵押权的合意'],
    ['不动产登记证明（抵押权）', '证明抵押权已依法登记设立'],
  ],
  defence: () => ['被申请人对借款及抵押事实无异议，但请求给予三个月时间自行出售房产以清偿债务。'],
  focus: () => '抵押权实现的条件是否成就',
};

/** An enforcement case (执) arising from an earlier judgment of this court. */
export function enforcement(underlying: string): CauseSpec {
  return {
    cause: underlying,
    caseType: '执',
    cast: (f, r) => ({
      plaintiffs: [f.person('applicant')],
      defendants: [r.next() < 0.5 ? f.person('respondent') : f.organization('respondent', '演示县利达商贸有限公司', { withCode: false })],
    }),
    amount: (s) => s.scaled({ small_claims: [10000, 40000], simplified: [50000, 200000], ordinary: [200000, 900000] }),
    complaintTitle: '强制执行申请书',
    claimsHeading: '执行请求',
    claims: (s) => [
      `强制被执行人${s.d}支付${yuan(s.amount!)}及利息；`,
      '强制被执行人加倍支付迟延履行期间的债务利息；',
      '本案执行费用由被执行人负担。',
    ],
    facts: (s) => [
      `申请执行人与被执行人${underlying}一案，贵院于${zhDate(s.before('judged', 90, 150))}作出（${s.filed.getUTCFullYear() - 1}）苏0199民初${s.fix('prev', () => s.rng.int(3000, 6800))}号民事判决，判决被执行人于判决生效之日起十日内向申请执行人支付${yuan(s.amount!)}及利息。该判决已于${zhDate(s.before('final', 40, 80))}发生法律效力。`,
      '被执行人至今未履行生效判决确定的义务。申请执行人依据《中华人民共和国民事诉讼法》第二百四十七条之规定，特向贵院申请强制执行。',
    ],
    evidence: (s) => [
      [`（${s.filed.getUTCFullYear() - 1}）苏0199民初${s.fix('prev', () => 3000)}号民事判决书`, '证明执行依据'],
      ['判决生效证明', '证明执行依据已发生法律效力'],
      ['被执行人财产线索（车辆登记信息、银行账户）', '供法院查控被执行人财产'],
    ],
    defence: () => ['被执行人确无能力一次性履行，申请与申请执行人达成分期履行的和解协议。'],
    focus: () => '被执行人是否有可供执行的财产',
  };
}

export const drunkDriving: CauseSpec = {
  cause: '危险驾驶罪',
  caseType: '刑初',
  cast: (f) => ({
    plaintiffs: [f.organization('prosecutor', '演示县人民检察院', { withCode: false, repTitle: '检察长', repLabel: '负责人', address: '江苏省演示县府前路9号' })],
    defendants: [f.person('defendant', { sex: '男', maxAge: 55 })],
  }),
  amount: () => null,
  complaintTitle: '起诉书',
  claims: () => [],
  facts: () => [],
  customComplaint: (s) => {
    const d = s.defendants[0]!;
    const year = s.filed.getUTCFullYear();
    return [
      right(`演检刑诉〔${year}〕${s.fix('no', () => s.rng.int(20, 180))}号`),
      `被告人${d.name}，${d.sex}，${d.birth!.y}年${d.birth!.m}月${d.birth!.d}日出生，公民身份号码${d.idNumber}，汉族，初中文化，住${d.address}。因涉嫌危险驾驶罪，于${zhDate(s.before('bail', 40, 70))}被演示县公安局取保候审。`,
      `本案由演示县公安局侦查终结，以被告人${d.name}涉嫌危险驾驶罪，于${zhDate(s.before('transfer', 15, 30))}向本院移送审查起诉。本院受理后，依法告知了被告人有权委托辩护人和认罪认罚可能导致的法律后果，讯问了被告人，听取了值班律师的意见，审查了全部案件材料。`,
      `经依法审查查明：${zhDate(s.before('night', 80, 120))}22时许，被告人${d.name}酒后驾驶苏A·${s.fix('plate', () => s.rng.int(10000, 99999))}号小型轿车沿演示县长江路由南向北行驶，至文化路路口时被执勤民警查获。经鉴定，被告人${d.name}血液中乙醇含量为${s.fix('bac', () => s.rng.int(95, 160))}mg/100ml。`,
      '认定上述事实的证据如下：血液乙醇含量检验报告、呼气酒精含量检测单、现场执法记录仪视频、证人证言、被告人的供述和辩解、认罪认罚具结书等。',
      `本院认为，被告人${d.name}在道路上醉酒驾驶机动车，其行为触犯了《中华人民共和国刑法》第一百三十三条之一第一款第（二）项，犯罪事实清楚，证据确实、充分，应当以危险驾驶罪追究其刑事责任。被告人自愿如实供述自己的罪行，承认指控的犯罪事实，愿意接受处罚，可以依法从宽处理。根据《中华人民共和国刑事诉讼法》第一百七十六条的规定，提起公诉，请依法判处。`,
      '此致',
      left('演示县人民法院'),
      right(`检察员：${s.fix('prosecutor', () => s.rng.pick(['周建华', '吴晓梅', '郑文涛']))}`),
      right(zhDate(s.before('signed', 1, 3))),
      '附：1. 被告人现取保候审；2. 案卷材料和证据二册；3. 量刑建议书一份；4. 认罪认罚具结书一份。',
    ];
  },
  evidence: () => [
    ['血液乙醇含量检验报告', '证明被告人系醉酒驾驶'],
    ['呼气酒精含量检测单', '证明现场初步检测结果'],
    ['现场执法记录仪视频截图', '证明查获经过'],
    ['被告人供述及认罪认罚具结书', '证明被告人认罪认罚'],
  ],
  defence: () => ['被告人对指控的犯罪事实和罪名无异议，自愿认罪认罚，请求从轻处罚。'],
  focus: () => '量刑情节',
};

export const adminPenalty: CauseSpec = {
  cause: '行政处罚',
  caseType: '行初',
  cast: (f) => ({
    plaintiffs: [f.organization('plaintiff', '演示县惠民超市有限公司', { repTitle: '执行董事' })],
    defendants: [f.organization('defendant', '演示县市场监督管理局', { withCode: false, repTitle: '局长', repLabel: '负责人', address: '江苏省演示县府前路21号' })],
  }),
  amount: () => null,
  complaintTitle: '行政起诉状',
  claims: (s) => [
    `撤销被告作出的演市监处罚〔${s.filed.getUTCFullYear()}〕${s.fix('no', () => s.rng.int(10, 90))}号《行政处罚决定书》；`,
    '本案诉讼费用由被告负担。',
  ],
  facts: (s) => [
    `${zhDate(s.before('decided', 20, 40))}，被告以原告经营的超市销售超过保质期的食品为由，作出上述行政处罚决定，没收违法所得${yuan(s.fix('gain', () => s.rng.int(60, 400)))}，并处罚款${yuan(s.fix('fine', () => s.rng.int(5, 20) * 10000))}。`,
    '原告认为：涉案食品系供应商当日退回、尚未上架销售的商品，存放于仓库退货区，原告不存在销售行为；被告作出处罚决定前未告知原告享有要求听证的权利，程序违法。被诉行政处罚决定认定事实不清、程序违法，依法应予撤销。',
  ],
  evidence: (s) => [
    [`演市监处罚〔${s.filed.getUTCFullYear()}〕${s.fix('no', () => 10)}号《行政处罚决定书》`, '证明被诉行政行为的内容'],
    ['营业执照及食品经营许可证', '证明原告的主体资格'],
    ['供应商退货单及仓库出入库记录', '证明涉案食品系退货商品，未用于销售'],
    ['超市监控视频截图', '证明涉案食品存放于仓库退货区'],
  ],
  defence: () => [
    '答辩人作出的行政处罚决定认定事实清楚，证据确凿。执法人员现场检查时，涉案食品摆放于超市销售区货架，有现场检查笔录、照片及原告员工的询问笔录为证。',
    '答辩人在作出处罚决定前已依法向原告送达《行政处罚告知书》，告知其陈述、申辩及要求听证的权利，原告在法定期限内未提出听证申请，程序合法。',
    '请求法院依法驳回原告的诉讼请求。',
  ],
  focus: () => '一、原告是否存在销售超过保质期食品的行为；二、被告作出处罚决定的程序是否合法',
};

export const infoDisclosure: CauseSpec = {
  cause: '政府信息公开',
  caseType: '行初',
  cast: (f) => ({
    plaintiffs: [f.person('plaintiff', { minAge: 35, maxAge: 70 })],
    defendants: [f.organization('defendant', '演示县人民政府', { withCode: false, repTitle: '县长', repLabel: '负责人', address: '江苏省演示县府前路1号' })],
  }),
  amount: () => null,
  complaintTitle: '行政起诉状',
  claims: () => ['确认被告未在法定期限内答复原告政府信息公开申请的行为违法；', '责令被告在法定期限内对原告的申请作出答复；', '本案诉讼费用由被告负担。'],
  facts: (s) => [
    `${zhDate(s.before('applied', 60, 90))}，原告通过EMS向被告邮寄《政府信息公开申请表》，申请公开演示县青山镇${s.fix('village', () => s.rng.pick(['幸福村', '红星村', '永安村']))}集体土地征收补偿安置方案及相关批复文件。被告于次日签收。`,
    '被告至今未作任何答复，已超过《中华人民共和国政府信息公开条例》第三十三条规定的二十个工作日的答复期限，侵害了原告的知情权。',
  ],
  evidence: () => [
    ['《政府信息公开申请表》复印件', '证明原告提出了政府信息公开申请'],
    ['EMS邮寄凭证及签收查询记录', '证明被告已收到原告的申请'],
    ['原告身份证及户籍证明', '证明原告的主体资格及与申请信息的利害关系'],
  ],
  defence: () => [
    '答辩人收到原告申请后，经审查认为所申请信息需要征求相关部门意见，已依法延长答复期限二十个工作日，并已向原告邮寄延期答复告知书。',
    '答辩人已于延长期限内作出政府信息公开申请答复书并邮寄送达原告，原告的诉讼请求已无实际意义，请求法院依法驳回。',
  ],
  focus: () => '一、被告是否在法定期限内对原告的申请作出答复；二、延期答复是否符合法定程序',
};
