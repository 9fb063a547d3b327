const WORDS = ['原告', '被告', '借款合同', '人民币', '利息', '判决', '证据材料', '人民法院', '审理查明', '事实与理由', '诉讼请求', '当事人',
  '答辩意见', '送达回证', '调解协议', '强制执行', '上诉期限', '民事裁定', '举证期限', '法定代表人', '委托诉讼代理人', '违约金', '担保责任', '还款期限'];

/** Deterministic legal-sounding Chinese paragraphs of ~190 characters (a small LCG: every run reads the same text). */
export function legalParagraphs(count: number): string[] {
  let seed = 20_260_101;
  const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31);
  return Array.from({ length: count }, (_, i) => {
    let text = `第${i + 1}段：`;
    while (text.length < 190) text += `${WORDS[next() % WORDS.length]}${next() % 3 === 0 ? `${next() % 100_000}元` : ''}${next() % 4 === 0 ? '。' : '，'}`;
    return `${text}。`;
  });
}
