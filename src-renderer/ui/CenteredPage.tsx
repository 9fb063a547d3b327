import type { ReactNode } from 'react';
import { LanguageSwitch } from '../i18n/LanguageSwitch';
import { BrandMark } from './BrandMark';

/** The frame of the screens before the desk opens (login, lock, setup): brand, card, language switch. */
export function CenteredPage({ subtitle, children, footer }: { subtitle?: ReactNode; children: ReactNode; footer?: ReactNode }) {
  return (
    <div className="cd-centered">
      <div className="cd-centered-lang">
        <LanguageSwitch />
      </div>
      <div className="cd-centered-inner">
        <BrandMark size="large" subtitle={subtitle} />
        {children}
        {footer ? <div className="cd-centered-footer">{footer}</div> : null}
      </div>
    </div>
  );
}
