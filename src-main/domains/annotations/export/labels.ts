import type { AnnotationKind } from '../../../../src-shared/annotations/annotation';

/** How each kind is named to a Chinese reader (阅卷笔录, /Subj of the PDF annotation). */
export const KIND_LABELS: Record<AnnotationKind, string> = {
  highlight: '高亮',
  underline: '下划线',
  strikeout: '删除线',
  note: '便签',
  rect: '矩形框',
  ellipse: '椭圆框',
  ink: '手写',
  freetext: '文字框',
  stamp: '印章',
};

/** A 年月日 date (China time) of an ISO instant; the input itself when unreadable. */
export function zhDate(iso: string): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  const d = new Date(t + 8 * 3_600_000);
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
}
