import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { zh } from './zh';

export type Lang = 'zh' | 'en';
const KEY = 'courtDesk.lang';

const saved = (): Lang => {
  try {
    return localStorage.getItem(KEY) === 'en' ? 'en' : 'zh';
  } catch {
    return 'zh';
  }
};

/** i18next with Chinese first (default and fallback) and English second. */
void i18next.use(initReactI18next).init({
  resources: { zh: { translation: zh }, en: { translation: en } },
  lng: saved(),
  fallbackLng: 'zh',
  interpolation: { escapeValue: false },
});

const applyHtmlLang = (lang: Lang): void => {
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
};
applyHtmlLang(saved());

export function setLanguage(lang: Lang): void {
  try {
    localStorage.setItem(KEY, lang);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
  applyHtmlLang(lang);
  void i18next.changeLanguage(lang);
}

export const currentLang = (): Lang => (i18next.language === 'en' ? 'en' : 'zh');

export default i18next;
