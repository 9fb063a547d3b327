import { AuditOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The app's name with its mark; `large` on the login screen, compact in the side bar. */
export function BrandMark({ size = 'small', subtitle }: { size?: 'small' | 'large'; subtitle?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className={`cd-brand cd-brand-${size}`}>
      <span className="cd-brand-icon">
        <AuditOutlined />
      </span>
      <span className="cd-brand-text">
        <span className="cd-brand-name">{t('app.name')}</span>
        {subtitle ? <span className="cd-brand-sub">{subtitle}</span> : null}
      </span>
    </div>
  );
}
