/**
 * The most common civil causes of action (案由) of the 民事案件案由规定 (最高人民法院, 2020 revision, in force
 * 2021-01-01), as data for the filing form. Each cause is listed under its second-level category and
 * first-level part. The official sequence numbers are left out: they are not needed to search or file, and a
 * wrong number would be worse than none. `initials` are the pinyin initials of the name (Han characters only),
 * generated with pinyin-pro by build/civilCauseInitials.ts and checked against it by a unit test.
 */
export interface CivilCause {
  name: string;
  category: string;
  part: string;
  initials: string;
}

type Group = readonly [part: string, category: string, causes: readonly (readonly [name: string, initials: string])[]];

const P1 = '人格权纠纷';
const P2 = '婚姻家庭、继承纠纷';
const P3 = '物权纠纷';
const P4 = '合同、准合同纠纷';
const P5 = '知识产权与竞争纠纷';
const P6 = '劳动争议、人事争议';
const P8 = '与公司、证券、保险、票据等有关的民事纠纷';
const P9 = '侵权责任纠纷';
const P10 = '非讼程序案件案由';
const P11 = '特殊诉讼程序案件案由';

const GROUPS: readonly Group[] = [
  [P1, '人格权纠纷', [
    ['生命权、身体权、健康权纠纷', 'smqstqjkqjf'], ['姓名权纠纷', 'xmqjf'], ['肖像权纠纷', 'xxqjf'], ['名誉权纠纷', 'myqjf'],
    ['隐私权、个人信息保护纠纷', 'ysqgrxxbhjf'], ['一般人格权纠纷', 'ybrgqjf'],
  ]],
  [P2, '婚姻家庭纠纷', [
    ['婚约财产纠纷', 'hyccjf'], ['离婚纠纷', 'lhjf'], ['离婚后财产纠纷', 'lhhccjf'], ['离婚后损害责任纠纷', 'lhhshzrjf'], ['婚姻无效纠纷', 'hywxjf'],
    ['撤销婚姻纠纷', 'cxhyjf'], ['夫妻财产约定纠纷', 'fqccydjf'], ['同居关系纠纷', 'tjgxjf'], ['抚养纠纷', 'fyjf'], ['抚养费纠纷', 'fyfjf'],
    ['变更抚养关系纠纷', 'bgfygxjf'], ['扶养纠纷', 'fyjf'], ['赡养纠纷', 'syjf'], ['赡养费纠纷', 'syfjf'], ['收养关系纠纷', 'sygxjf'],
    ['探望权纠纷', 'twqjf'], ['分家析产纠纷', 'fjxcjf'],
  ]],
  [P2, '继承纠纷', [
    ['法定继承纠纷', 'fdjcjf'], ['遗嘱继承纠纷', 'yzjcjf'], ['被继承人债务清偿纠纷', 'bjcrzwqcjf'], ['遗赠纠纷', 'yzjf'], ['遗赠扶养协议纠纷', 'yzfyxyjf'],
  ]],
  [P3, '物权保护纠纷', [
    ['物权确认纠纷', 'wqqrjf'], ['所有权确认纠纷', 'syqqrjf'], ['返还原物纠纷', 'fhywjf'], ['排除妨害纠纷', 'pcfhjf'], ['消除危险纠纷', 'xcwxjf'],
    ['恢复原状纠纷', 'hfyzjf'], ['财产损害赔偿纠纷', 'ccshpcjf'],
  ]],
  [P3, '所有权纠纷', [
    ['建筑物区分所有权纠纷', 'jzwqfsyqjf'], ['业主知情权纠纷', 'yzzqqjf'], ['相邻关系纠纷', 'xlgxjf'], ['相邻通行纠纷', 'xltxjf'], ['共有纠纷', 'gyjf'],
    ['共有物分割纠纷', 'gywfgjf'],
  ]],
  [P3, '用益物权纠纷', [
    ['土地承包经营权纠纷', 'tdcbjyqjf'], ['宅基地使用权纠纷', 'zjdsyqjf'], ['居住权纠纷', 'jzqjf'],
  ]],
  [P3, '担保物权纠纷', [['抵押权纠纷', 'dyqjf'], ['质权纠纷', 'zqjf']]],
  [P4, '合同纠纷', [
    ['确认合同效力纠纷', 'qrhtxljf'], ['确认合同无效纠纷', 'qrhtwxjf'], ['债权人代位权纠纷', 'zqrdwqjf'], ['债权人撤销权纠纷', 'zqrcxqjf'],
    ['债权转让合同纠纷', 'zqzrhtjf'], ['缔约过失责任纠纷', 'dygszrjf'], ['买卖合同纠纷', 'mmhtjf'], ['网络购物合同纠纷', 'wlgwhtjf'],
    ['商品房预售合同纠纷', 'spfyshtjf'], ['商品房销售合同纠纷', 'spfxshtjf'], ['房屋买卖合同纠纷', 'fwmmhtjf'], ['农村房屋买卖合同纠纷', 'ncfwmmhtjf'],
    ['供用电合同纠纷', 'gydhtjf'], ['供用水合同纠纷', 'gyshtjf'], ['供用热力合同纠纷', 'gyrlhtjf'], ['赠与合同纠纷', 'zyhtjf'],
    ['借款合同纠纷', 'jkhtjf'], ['金融借款合同纠纷', 'jrjkhtjf'], ['民间借贷纠纷', 'mjjdjf'], ['小额借款合同纠纷', 'xejkhtjf'],
    ['金融不良债权追偿纠纷', 'jrblzqzcjf'], ['保证合同纠纷', 'bzhtjf'], ['抵押合同纠纷', 'dyhtjf'], ['质押合同纠纷', 'zyhtjf'], ['定金合同纠纷', 'djhtjf'],
    ['储蓄存款合同纠纷', 'cxckhtjf'], ['银行卡纠纷', 'yhkjf'], ['信用卡纠纷', 'xykjf'], ['租赁合同纠纷', 'zlhtjf'], ['房屋租赁合同纠纷', 'fwzlhtjf'],
    ['车辆租赁合同纠纷', 'clzlhtjf'], ['融资租赁合同纠纷', 'rzzlhtjf'], ['保理合同纠纷', 'blhtjf'], ['承揽合同纠纷', 'clhtjf'], ['加工合同纠纷', 'jghtjf'],
    ['定作合同纠纷', 'dzhtjf'], ['建设工程合同纠纷', 'jsgchtjf'], ['建设工程施工合同纠纷', 'jsgcsghtjf'], ['建设工程分包合同纠纷', 'jsgcfbhtjf'],
    ['装饰装修合同纠纷', 'zszxhtjf'], ['运输合同纠纷', 'yshtjf'], ['公路货物运输合同纠纷', 'glhwyshtjf'], ['保管合同纠纷', 'bghtjf'],
    ['仓储合同纠纷', 'cchtjf'], ['委托合同纠纷', 'wthtjf'], ['委托理财合同纠纷', 'wtlchtjf'], ['物业服务合同纠纷', 'wyfwhtjf'],
    ['中介合同纠纷', 'zjhtjf'], ['服务合同纠纷', 'fwhtjf'], ['电信服务合同纠纷', 'dxfwhtjf'], ['旅游合同纠纷', 'lyhtjf'], ['餐饮服务合同纠纷', 'cyfwhtjf'],
    ['教育培训合同纠纷', 'jypxhtjf'], ['网络服务合同纠纷', 'wlfwhtjf'], ['合伙合同纠纷', 'hhhtjf'], ['追偿权纠纷', 'zcqjf'], ['劳务合同纠纷', 'lwhtjf'],
    ['农村土地承包合同纠纷', 'nctdcbhtjf'], ['建设用地使用权合同纠纷', 'jsydsyqhtjf'], ['房地产开发经营合同纠纷', 'fdckfjyhtjf'],
  ]],
  [P4, '不当得利纠纷', [['不当得利纠纷', 'bddljf']]],
  [P4, '无因管理纠纷', [['无因管理纠纷', 'wygljf']]],
  [P5, '知识产权权属、侵权纠纷', [
    ['著作权权属、侵权纠纷', 'zzqqsqqjf'], ['侵害作品信息网络传播权纠纷', 'qhzpxxwlcbqjf'], ['侵害商标权纠纷', 'qhsbqjf'], ['侵害外观设计专利权纠纷', 'qhwgsjzlqjf'],
  ]],
  [P5, '不正当竞争纠纷', [['仿冒纠纷', 'fmjf'], ['侵害商业秘密纠纷', 'qhsymmjf']]],
  [P6, '劳动争议', [
    ['劳动合同纠纷', 'ldhtjf'], ['确认劳动关系纠纷', 'qrldgxjf'], ['追索劳动报酬纠纷', 'zsldbcjf'], ['经济补偿金纠纷', 'jjbcjjf'], ['竞业限制纠纷', 'jyxzjf'],
    ['社会保险纠纷', 'shbxjf'], ['养老保险待遇纠纷', 'ylbxdyjf'], ['工伤保险待遇纠纷', 'gsbxdyjf'], ['福利待遇纠纷', 'fldyjf'],
  ]],
  [P8, '与公司有关的纠纷', [
    ['股东资格确认纠纷', 'gdzgqrjf'], ['股东知情权纠纷', 'gdzqqjf'], ['股权转让纠纷', 'gqzrjf'], ['股东出资纠纷', 'gdczjf'], ['公司决议纠纷', 'gsjyjf'],
    ['公司解散纠纷', 'gsjsjf'], ['损害股东利益责任纠纷', 'shgdlyzrjf'], ['损害公司利益责任纠纷', 'shgslyzrjf'],
  ]],
  [P8, '与破产有关的纠纷', [['破产债权确认纠纷', 'pczqqrjf']]],
  [P8, '保险纠纷', [
    ['财产保险合同纠纷', 'ccbxhtjf'], ['责任保险合同纠纷', 'zrbxhtjf'], ['人身保险合同纠纷', 'rsbxhtjf'], ['保险人代位求偿权纠纷', 'bxrdwqcqjf'],
  ]],
  [P8, '票据纠纷', [['票据付款请求权纠纷', 'pjfkqqqjf'], ['票据追索权纠纷', 'pjzsqjf']]],
  [P9, '侵权责任纠纷', [
    ['监护人责任纠纷', 'jhrzrjf'], ['用人单位责任纠纷', 'yrdwzrjf'], ['提供劳务者致害责任纠纷', 'tglwzzhzrjf'], ['提供劳务者受害责任纠纷', 'tglwzshzrjf'],
    ['网络侵权责任纠纷', 'wlqqzrjf'], ['违反安全保障义务责任纠纷', 'wfaqbzywzrjf'], ['教育机构责任纠纷', 'jyjgzrjf'], ['产品责任纠纷', 'cpzrjf'],
    ['机动车交通事故责任纠纷', 'jdcjtsgzrjf'], ['医疗损害责任纠纷', 'ylshzrjf'], ['环境污染责任纠纷', 'hjwrzrjf'], ['生态破坏责任纠纷', 'stphzrjf'],
    ['饲养动物损害责任纠纷', 'sydwshzrjf'], ['物件损害责任纠纷', 'wjshzrjf'], ['义务帮工人受害责任纠纷', 'ywbgrshzrjf'],
    ['侵害集体经济组织成员权益纠纷', 'qhjtjjzzcyqyjf'],
  ]],
  [P10, '宣告失踪、宣告死亡案件', [['申请宣告自然人失踪', 'sqxgzrrsz'], ['申请宣告自然人死亡', 'sqxgzrrsw']]],
  [P10, '确认调解协议案件', [['申请司法确认调解协议', 'sqsfqrtjxy']]],
  [P10, '实现担保物权案件', [['申请实现担保物权', 'sqsxdbwq']]],
  [P10, '督促程序案件', [['申请支付令', 'sqzfl']]],
  [P11, '第三人撤销之诉', [['第三人撤销之诉', 'dsrcxzs']]],
  [P11, '执行程序中的异议之诉', [['案外人执行异议之诉', 'awrzxyyzs'], ['申请执行人执行异议之诉', 'sqzxrzxyyzs'], ['执行分配方案异议之诉', 'zxfpfayyzs']]],
];

export const CIVIL_CAUSES: readonly CivilCause[] = GROUPS.flatMap(([part, category, causes]) =>
  causes.map(([name, initials]) => ({ name, category, part, initials })),
);
