import { createHash } from 'node:crypto';
import { join } from 'node:path';
import forge from 'node-forge';
import { CallFailure } from '../../../src-shared/contract/errors';
import type { SignaturePlacement, SigningConfig } from '../../../src-shared/contract/calls/transcriptSigningCalls';
import type { AppContext } from '../../app/appContext';
import { BlobStore } from '../../blobs/blobStore';
import type { Database } from '../../db/openDatabase';
import type { WriteTx } from '../../write/writeTx';

/**
 * The court's signing certificate (PKCS#12) and where the parties' signatures go. The .p12 file lives in
 * its own content-addressed folder of the data directory, not among the case blobs, so it is never synced;
 * the settings rows (local, never synced; the audit log keeps only a digest) name it and hold its password.
 */
export const SIGNING_KEYS = { p12: 'signing.p12Sha256', password: 'signing.p12Password', placement: 'signing.placement' } as const;

export interface CourtCertificate {
  p12: Buffer;
  password: string;
}

const certificateStore = (app: AppContext): BlobStore => new BlobStore(join(app.dataDir, 'signing'));

const setting = (db: Database, key: string): string | undefined =>
  (db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined)?.value;

/** Inserts or updates one local setting inside the caller's write. */
export function putSetting(tx: WriteTx, db: Database, key: string, value: string): void {
  if (setting(db, key) !== undefined) tx.update('setting', key, { value });
  else tx.insert('setting', key, { value });
}

export function readPlacement(db: Database): SignaturePlacement {
  return setting(db, SIGNING_KEYS.placement) === 'each' ? 'each' : 'last';
}

/** Opens a PKCS#12 with its password; a wrong password, a file of another kind or one without a key is refused. */
export interface OpenedP12 {
  /** The certificate that belongs to the private key. */
  cert: forge.pki.Certificate;
  key: forge.pki.rsa.PrivateKey;
  /** Every certificate in the file (the signer's and its chain). */
  certs: forge.pki.Certificate[];
}

export function openP12(p12: Uint8Array, password: string): OpenedP12 {
  let parsed: forge.pkcs12.Pkcs12Pfx;
  try {
    const asn1 = forge.asn1.fromDer(forge.util.createBuffer(Buffer.from(p12).toString('binary')));
    parsed = forge.pkcs12.pkcs12FromAsn1(asn1, false, password);
  } catch {
    throw new CallFailure('VALIDATION', '证书文件无法打开：密码错误，或不是 PKCS#12（.p12/.pfx）证书文件');
  }
  const bags = (type: string) => parsed.getBags({ bagType: type })[type] ?? [];
  const { certBag, pkcs8ShroudedKeyBag, keyBag } = forge.pki.oids as Record<string, string>;
  const certs = bags(certBag!);
  const keys = [...bags(pkcs8ShroudedKeyBag!), ...bags(keyBag!)];
  const all = certs.map((b) => b.cert).filter((c): c is forge.pki.Certificate => !!c);
  const key = keys.map((b) => b.key).find((k) => !!k) as forge.pki.rsa.PrivateKey | undefined;
  if (all.length === 0) throw new CallFailure('VALIDATION', '证书文件中没有证书');
  if (!key) throw new CallFailure('VALIDATION', '证书文件中没有私钥，无法用于签章');
  const cert = all.find((c) => {
    const pub = c.publicKey as forge.pki.rsa.PublicKey;
    return pub.n?.compareTo(key.n) === 0 && pub.e?.compareTo(key.e) === 0;
  });
  if (!cert) throw new CallFailure('VALIDATION', '证书文件中的证书与私钥不匹配');
  return { cert, key, certs: all };
}

/** forge leaves a parsed UTF8String as its raw bytes (one char per byte): decode it, keep anything else as it is. */
function fieldText(a: forge.pki.CertificateField): string {
  try {
    return forge.util.decodeUtf8(String(a.value));
  } catch {
    return String(a.value);
  }
}

const dn = (attrs: forge.pki.CertificateField[]): string =>
  attrs.map((a) => `${a.shortName ?? a.name}=${fieldText(a)}`).join(', ');

export function describeCertificate(p12: Uint8Array, password: string): NonNullable<SigningConfig['certificate']> {
  const { cert } = openP12(p12, password);
  return {
    subject: dn(cert.subject.attributes),
    issuer: dn(cert.issuer.attributes),
    validFrom: cert.validity.notBefore.toISOString(),
    validTo: cert.validity.notAfter.toISOString(),
    selfSigned: cert.isIssuer(cert),
    sha256: createHash('sha256').update(Buffer.from(p12)).digest('hex'),
  };
}

/** The certificate chosen by the administrator, or null when none is set (or its file has gone). */
export function loadCourtCertificate(app: AppContext): CourtCertificate | null {
  const sha = setting(app.db, SIGNING_KEYS.p12);
  if (!sha) return null;
  const store = certificateStore(app);
  if (!store.has(sha)) return null;
  return { p12: store.read(sha), password: setting(app.db, SIGNING_KEYS.password) ?? '' };
}

/** Checks and stores a certificate file, and names it in the settings inside the caller's write. */
export function installCertificate(app: AppContext, tx: WriteTx, p12: Uint8Array, password: string): void {
  openP12(p12, password);
  const { sha256 } = certificateStore(app).put(p12);
  putSetting(tx, app.db, SIGNING_KEYS.p12, sha256);
  putSetting(tx, app.db, SIGNING_KEYS.password, password);
}

export function readSigningConfig(app: AppContext): SigningConfig {
  const cert = loadCourtCertificate(app);
  let certificate: SigningConfig['certificate'] = null;
  if (cert) {
    try {
      certificate = describeCertificate(cert.p12, cert.password);
    } catch {
      certificate = null; // a certificate that no longer opens counts as none: the admin must import again
    }
  }
  return { placement: readPlacement(app.db), certificate };
}
