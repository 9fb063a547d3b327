import type { PDFDocument } from 'pdf-lib';
import { pdflibAddPlaceholder } from '@signpdf/placeholder-pdf-lib';
import { SignPdf } from '@signpdf/signpdf';
import { SUBFILTER_ETSI_CADES_DETACHED } from '@signpdf/utils';
import { CourtSigner } from './courtSigner';
import type { CourtCertificate } from './signingCertificate';

export interface SealInfo {
  reason: string;
  location: string;
  /** The court (signer's name in the signature dictionary). */
  name: string;
  signingTime: Date;
}

/** Room for the CMS signature: a 2048/4096-bit certificate and its chain fit well within this. */
const SIGNATURE_LENGTH = 16_384;

/**
 * Signs a finished pdf-lib document with the court's certificate as PAdES (SubFilter ETSI.CAdES.detached,
 * a detached CMS over the byte ranges). The document is not changed afterwards: every later byte would
 * break the signature. Returns the signed PDF bytes.
 */
export async function sealPdf(doc: PDFDocument, certificate: CourtCertificate, info: SealInfo): Promise<Uint8Array> {
  pdflibAddPlaceholder({
    pdfDoc: doc,
    reason: info.reason,
    contactInfo: '',
    name: info.name,
    location: info.location,
    signingTime: info.signingTime,
    signatureLength: SIGNATURE_LENGTH,
    subFilter: SUBFILTER_ETSI_CADES_DETACHED,
    appName: 'Court Desk',
  });
  // The placeholder's byte range is found by scanning the file: object streams would hide it.
  const unsigned = Buffer.from(await doc.save({ useObjectStreams: false }));
  // The class rather than the default instance: the default export differs between ESM and CommonJS loaders.
  const signed = await new SignPdf().sign(unsigned, new CourtSigner(certificate), info.signingTime);
  return new Uint8Array(signed.buffer, signed.byteOffset, signed.byteLength);
}
