import { yuan, zhDate } from './demoPeople';
import { LAW_CLOSING, type CauseSpec } from './demoStory';

export const propertyService: CauseSpec = {
  cause: '物业服务合同纠纷',
  caseType: '民初',
  cast: (f, r) => ({
    plaintiffs: [f.organization('plaintiff', r.pick(['演示县锦绣物业服务有限公司', '江苏安居物业管理有限公司']), { repTitle: '总经理' })],
    defendants: [f.person('defendant')],
  }),
  amount: (s) => {
    const area = s.fix('area', () => s.rng.int(78, 160));
    const months = s.fix('months', () => s.rng.int(18, 40));
    return Math.round(area * 1.2 * months * 100) / 100;
  },
  claims: (s) => [
    `判令被告支付原告${zhDate(s.before('from', 30 * s.fix('months', () => 24) + 20, 30 * s.fix('months', () => 24) + 25))}至${zhDate(s.before('to', 10, 20))}的物业服务费${yuan(s.amount!)}；`,
    '判令被告按合同约定支付逾期交纳物业服务费的违约金；',
    '本案诉讼费用由被告负担。',
  ],
  facts: (s) => [
    `原告系演示县${s.fix('estate', () => s.rng.pick(['锦绣花园', '滨河名苑', '阳光新城']))}小区的物业服务企业，经业主大会选聘，与业主委员会签订了《物业服务合同》，约定住宅物业服务费标准为每月每平方米1.2元，按年交纳。`,
    `被告系该小区${s.fix('unit', () => `${s.rng.int(1, 28)}幢${s.rng.int(1, 3)}单元${s.rng.int(1, 18)}0${s.rng.int(1, 4)}室`)}业主，房屋建筑面积${s.fix('area', () => 100)}平方米。原告依约提供了物业服务，但被告连续${s.fix('months', () => 24)}个月未交纳物业服务费，共计${yuan(s.amount!)}。原告多次上门及书面催缴，被告仍拒不交纳。`,
    `被告的行为违反了合同约定，也损害了按时交费的其他业主的利益。${LAW_CLOSING}`,
  ],
  evidence: () => [
    ['《物业服务合同》及业主大会决议', '证明原告系小区合法的物业服务企业及收费标准'],
    ['不动产登记信息查询结果', '证明被告系涉案房屋的业主及房屋面积'],
    ['物业服务费欠费明细', '证明被告欠费的期间及数额'],
    ['催缴通知书及张贴、送达照片', '证明原告已多次催缴'],
  ],
  defence: () => [
    '原告物业服务质量差：小区绿化长期无人养护，单元门禁损坏半年未修，地下车库照明不足。',
    '答辩人家中楼顶漏水，多次向原告报修，原告均未处理，造成答辩人室内墙面霉变，答辩人有权拒交相应的物业服务费。',
    '请求法院依法驳回原告的诉讼请求，或酌情减少物业服务费。',
  ],
  focus: () => '一、原告是否按约履行了物业服务义务；二、被告以服务质量为由拒交物业费能否成立',
};

export const leaseContract: CauseSpec = {
  cause: '房屋租赁合同纠纷',
  caseType: '民初',
  cast: (f, r) => ({
    plaintiffs: [f.person('plaintiff', { minAge: 40, maxAge: 70 })],
    defendants: [r.next() < 0.5 ? f.person('defendant') : f.organization('defendant', r.pick(['演示县味之源餐饮管理有限公司', '演示县优品百货有限公司']), { withCode: r.next() < 0.6 })],
  }),
  amount: (s) => {
    const rent = s.fix('rent', () => s.scaled({ small_claims: [1500, 3000], simplified: [4000, 12000], ordinary: [30000, 80000] }));
    return rent * s.fix('owed', () => s.rng.int(5, 10));
  },
  claims: (s) => [
    '判令解除原、被告之间签订的《房屋租赁合同》；',
    `判令被告支付拖欠的租金${yuan(s.amount!)}；`,
    '判令被告腾退租赁房屋，并按每月租金标准支付自合同解除之日起至实际腾退之日止的房屋占有使用费；',
    '本案诉讼费用由被告负担。',
  ],
  facts: (s) => [
    `${zhDate(s.before('signed', 500, 700))}，原告与被告签订《房屋租赁合同》，约定原告将其所有的位于演示县城关镇${s.fix('road', () => s.rng.pick(['人民路', '府前路', '中山路']))}${s.fix('no', () => s.rng.int(10, 200))}号的门面房出租给被告使用，租期三年，月租金${yuan(s.fix('rent', () => 5000))}，按季度预付，被告逾期支付租金超过两个月的，原告有权解除合同。`,
    `合同签订后，原告依约交付了房屋。被告自${zhDate(s.before('stopped', 30 * s.fix('owed', () => 6), 30 * s.fix('owed', () => 6) + 10))}起未再支付租金，至今累计拖欠${s.fix('owed', () => 6)}个月租金共计${yuan(s.amount!)}。原告多次催告，被告仍未支付。`,
    `原告认为，被告的行为已构成根本违约，原告有权依约解除合同。${LAW_CLOSING}`,
  ],
  evidence: () => [
    ['《房屋租赁合同》一份', '证明原、被告之间的租赁关系及租金标准'],
    ['不动产权证书复印件一份', '证明原告系出租房屋的所有权人'],
    ['租金收付银行流水', '证明被告自停止付租之日起未再支付租金'],
    ['《催告函》及EMS邮寄凭证', '证明原告已催告被告支付租金'],
  ],
  defence: () => [
    '受门面房前道路施工影响，自去年下半年起客流锐减，答辩人经营严重亏损，原告作为出租人应当适当减免租金。',
    '租赁房屋屋顶漏水，答辩人曾要求原告维修，原告未予理会，答辩人为此自行支出维修费用，应从租金中抵扣。',
    '答辩人同意解除合同，但请求给予合理的腾退期限。',
  ],
  focus: () => '一、被告拖欠租金的数额；二、被告主张的减免租金及抵扣维修费用能否成立；三、合同解除的时间',
};

export const financialLoan: CauseSpec = {
  cause: '金融借款合同纠纷',
  caseType: '民初',
  cast: (f) => ({
    plaintiffs: [f.organization('plaintiff', '江苏演示农村商业银行股份有限公司', { repTitle: '董事长' })],
    defendants: [f.person('defendant'), f.person('defendant')],
  }),
  amount: (s) => s.scaled({ small_claims: [20000, 48000], simplified: [100000, 500000], ordinary: [800000, 3000000] }, 1000),
  answeredBy: 1,
  claims: (s) => [
    `判令被告${s.d}偿还原告借款本金${yuan(s.amount!)}，并支付截至${zhDate(s.before('cut', 5, 10))}的利息、罚息及复利${yuan(Math.round(s.amount! * 0.043 * 100) / 100)}，以及此后按合同约定计算至实际清偿之日止的罚息、复利；`,
    `判令被告${s.defendants[1]!.name}对上述债务承担连带清偿责任；`,
    '本案诉讼费用由二被告负担。',
  ],
  facts: (s) => [
    `${zhDate(s.before('loan', 400, 600))}，被告${s.d}与原告签订《个人借款合同》，约定借款金额${yuan(s.amount!)}，借款期限十二个月，年利率5.85%，按月结息、到期还本；逾期未还的，自逾期之日起按合同利率上浮50%计收罚息，对未按时支付的利息计收复利。`,
    `同日，被告${s.defendants[1]!.name}与原告签订《保证合同》，为上述借款提供连带责任保证，保证期间为主债务履行期届满之日起三年。合同签订后，原告依约向被告${s.d}发放了贷款。`,
    `借款到期后，被告${s.d}未归还本金，并自${zhDate(s.before('stop', 120, 200))}起停止付息；被告${s.defendants[1]!.name}亦未履行保证责任。原告多次催收无果。${LAW_CLOSING}`,
  ],
  evidence: () => [
    ['《个人借款合同》一份', '证明原告与被告之间的借款合同关系及约定的利率、罚息'],
    ['借款借据及贷款发放凭证', '证明原告已依约发放贷款'],
    ['《保证合同》一份', '证明保证人提供连带责任保证'],
    ['贷款还款明细及欠息清单', '证明被告的欠款本息数额'],
    ['逾期催收记录', '证明原告已多次催收'],
  ],
  defence: () => [
    '答辩人对借款事实及保证合同的签订均无异议。但原告在借款人出现逾期后未及时通知答辩人，导致损失扩大，扩大部分答辩人不应承担。',
    '原告同时主张罚息和复利，标准过高，请求法院依法调整。',
    '答辩人承担保证责任后，有权向借款人追偿。',
  ],
  focus: () => '一、欠款本息的数额；二、罚息与复利的计算是否合理；三、保证人的责任范围',
};

export const creditCard: CauseSpec = {
  cause: '信用卡纠纷',
  caseType: '民初',
  cast: (f) => ({
    plaintiffs: [f.organization('plaintiff', '中国银行股份有限公司演示县支行', { repTitle: '行长', repLabel: '负责人' })],
    defendants: [f.person('defendant', { maxAge: 45 })],
  }),
  amount: (s) => s.scaled({ small_claims: [8000, 45000], simplified: [50000, 150000], ordinary: [150000, 300000] }, 1) + s.rng.int(0, 99) / 100,
  claims: (s) => [
    `判令被告偿还原告信用卡透支本金${yuan(s.amount!)}及截至${zhDate(s.before('cut', 5, 12))}的利息${yuan(Math.round(s.amount! * 0.09 * 100) / 100)}，此后的利息按日万分之五计算至实际清偿之日止；`,
    '本案诉讼费用由被告负担。',
  ],
  facts: (s) => [
    `${zhDate(s.before('apply', 700, 1100))}，被告向原告申领信用卡一张（卡号尾号${s.fix('card', () => String(s.rng.int(1000, 9999)))}），并签署了《信用卡领用合约》，承诺按期足额还款，逾期还款的按日万分之五计收利息。`,
    `被告领卡后持卡消费及取现。自${zhDate(s.before('overdue', 150, 260))}起，被告未按期还款，经原告多次电话、短信及上门催收仍未还款。截至${zhDate(s.before('cut', 5, 12))}，被告尚欠透支本金${yuan(s.amount!)}。`,
    `被告的行为违反了合约约定，${LAW_CLOSING}`,
  ],
  evidence: () => [
    ['信用卡申请表及《信用卡领用合约》', '证明原、被告之间的信用卡合同关系'],
    ['信用卡交易明细及对账单', '证明被告的用卡情况及欠款数额'],
    ['催收记录', '证明原告已多次催收'],
  ],
  defence: () => [
    '答辩人对欠款本金无异议。答辩人因患病失业，暂无能力一次性还款，并非恶意拖欠。',
    '原告计收的利息过高，请求依法调整，并希望原告同意答辩人分二十四期偿还。',
  ],
  focus: () => '一、被告欠款本息的数额；二、利息的计算标准',
};

export const unpaidWages: CauseSpec = {
  cause: '追索劳动报酬纠纷',
  caseType: '民初',
  cast: (f, r) => ({
    plaintiffs: [f.person('plaintiff', { sex: '男', minAge: 30, maxAge: 58 })],
    defendants: [f.organization('defendant', r.pick(['演示县鼎盛建设工程有限公司', '江苏华茂装饰工程有限公司']), { withCode: r.next() < 0.7 })],
  }),
  amount: (s) => s.fix('daily', () => s.rng.int(28, 42) * 10) * s.fix('workdays', () => s.scaled({ small_claims: [40, 120], simplified: [150, 300], ordinary: [300, 400] }, 1)),
  claims: (s) => [`判令被告支付原告劳动报酬${yuan(s.amount!)}；`, '本案诉讼费用由被告负担。'],
  facts: (s) => [
    `原告自${zhDate(s.before('start', 300, 420))}起在被告承建的演示县${s.fix('site', () => s.rng.pick(['滨河名苑二期', '城南安置房', '县第二实验小学新校区']))}工地从事${s.fix('trade', () => s.rng.pick(['钢筋工', '木工', '瓦工']))}工作，约定日工资${yuan(s.fix('daily', () => 300))}。`,
    `原告共计出工${s.fix('workdays', () => 100)}天，应得劳动报酬${yuan(s.amount!)}。工程完工后，被告项目负责人向原告出具欠条一份，承诺于${zhDate(s.before('promise', 40, 90))}前付清，但到期后被告分文未付。`,
    `原告付出了劳动，被告理应按时足额支付劳动报酬。${LAW_CLOSING}`,
  ],
  evidence: () => [
    ['欠条原件一份（被告项目负责人出具）', '证明被告拖欠原告劳动报酬的数额'],
    ['工地考勤记录复印件', '证明原告的出工天数'],
    ['工友证人证言及身份证明', '证明原告在涉案工地务工的事实'],
    ['微信聊天记录截图', '证明原告多次讨要工资'],
  ],
  defence: () => [
    '原告系由劳务分包人招用，答辩人已将劳务费全部支付给分包人，原告的工资应由分包人支付。',
    '出具欠条的人员系分包人聘用的带班人员，并非答辩人的项目负责人，其行为不能代表答辩人。',
  ],
  focus: () => '一、原告是否在被告承建的工地务工；二、欠条的出具人能否代表被告；三、欠付劳动报酬的数额',
};
