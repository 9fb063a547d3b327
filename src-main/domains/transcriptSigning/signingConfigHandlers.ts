import type { Handler } from '../../services/callContext';
import { installCertificate, putSetting, readSigningConfig, SIGNING_KEYS } from './signingCertificate';

export const config: Handler<'signing.config'> = (_input, ctx) => readSigningConfig(ctx.app);

/** The administrator's choice of the court's PKCS#12: opened with its password first, so a wrong one changes nothing; or none. */
export const setCertificate: Handler<'signing.setCertificate'> = (input, ctx) => {
  ctx.write(null, (tx) => {
    if ('remove' in input) {
      // Without a certificate nothing can be finalised until the administrator imports one again.
      putSetting(tx, ctx.app.db, SIGNING_KEYS.p12, '');
      putSetting(tx, ctx.app.db, SIGNING_KEYS.password, '');
    } else installCertificate(ctx.app, tx, input.p12, input.password);
  });
  return readSigningConfig(ctx.app);
};

export const setPlacement: Handler<'signing.setPlacement'> = ({ placement }, ctx) => {
  ctx.write(null, (tx) => putSetting(tx, ctx.app.db, SIGNING_KEYS.placement, placement));
  return readSigningConfig(ctx.app);
};
