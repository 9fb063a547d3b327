import { useTranslation } from 'react-i18next';
import { ERROR_MESSAGES } from '../../src-shared/contract/errors';
import type { Lang } from './i18n';

type Bilingual = { zh: string; en: string };

/** The current language and helpers to pick a domain label (STAGE_LABELS, ROLE_LABELS…) in it. */
export function useLabels() {
  const { i18n } = useTranslation();
  const lang: Lang = i18n.language === 'en' ? 'en' : 'zh';
  const label = (l: Bilingual | undefined, fallback = ''): string => (l ? l[lang] : fallback);
  /** A call error for the user: the server's Chinese message, or the English default when it is the generic one. */
  const errorText = (err: unknown): string => {
    if (err && typeof err === 'object' && 'message' in err) {
      const { code, message } = err as { code?: string; message: string };
      const known = code ? (ERROR_MESSAGES as Record<string, Bilingual>)[code] : undefined;
      if (lang === 'en' && known && message === known.zh) return known.en;
      return message;
    }
    return String(err);
  };
  return { lang, label, errorText };
}
