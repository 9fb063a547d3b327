import { CASE_TYPES, type CaseType } from '../../../src-shared/domain/caseNumber';

/** Case type codes (案号 type part) with a readable name in each language. */
export const CASE_TYPE_LABELS: Record<CaseType, { zh: string; en: string }> = {
  民初: { zh: '民初 · 民事一审', en: '民初 · Civil, first instance' },
  民终: { zh: '民终 · 民事二审', en: '民终 · Civil appeal' },
  刑初: { zh: '刑初 · 刑事一审', en: '刑初 · Criminal, first instance' },
  行初: { zh: '行初 · 行政一审', en: '行初 · Administrative, first instance' },
  执: { zh: '执 · 执行', en: '执 · Enforcement' },
  民特: { zh: '民特 · 民事特别程序', en: '民特 · Civil special procedure' },
  民辖: { zh: '民辖 · 管辖', en: '民辖 · Jurisdiction' },
};

export { CASE_TYPES };
