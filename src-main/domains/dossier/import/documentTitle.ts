/** How the titles of court papers end: 起诉状, 判决书, 送达回证, 庭审笔录, 举证通知书, 身份证明… */
const TITLE_ENDING = /(状|书|表|笔录|通知|证明|回证|函|报告|申请|清单|决定|意见|协议|合同|目录|传票|公告|收据|凭证|记录|声明|说明|批复|明细|材料|证)$/u;
const HAS_HAN = /\p{Script=Han}/u;
/** A sentence, not a heading. */
const SENTENCE_MARKS = /[，。；：:,;！？]/u;

/**
 * The document's title: the first-page heading when one of its first lines looks like one (short, Chinese,
 * no sentence punctuation, ending like a court paper's title: 民事起诉状, 送达回证), else the file name
 * without its extension.
 */
export function chooseTitle(fileName: string, firstPageText: string): string {
  const lines = firstPageText
    .split('\n')
    .map((l) => l.replace(/\s+/gu, ''))
    .filter((l) => l.length > 0)
    .slice(0, 3);
  const heading = lines.find((l) => l.length >= 2 && l.length <= 24 && HAS_HAN.test(l) && !SENTENCE_MARKS.test(l) && TITLE_ENDING.test(l));
  return heading ?? titleFromFileName(fileName);
}

export function titleFromFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const title = base.replace(/\.[A-Za-z0-9]{1,5}$/u, '').trim().slice(0, 100);
  return title || '未命名材料';
}
