import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { setLanguage, type Lang } from './i18n';

/** 中文 / English: switches the texts and antd's locale together (see main.tsx). */
export function LanguageSwitch({ size = 'small' }: { size?: 'small' | 'middle' }) {
  const { t, i18n } = useTranslation();
  const value: Lang = i18n.language === 'en' ? 'en' : 'zh';
  return (
    <Segmented<Lang>
      size={size}
      aria-label={t('lang.label')}
      value={value}
      onChange={setLanguage}
      options={[
        { label: t('lang.zh'), value: 'zh' },
        { label: t('lang.en'), value: 'en' },
      ]}
    />
  );
}
