import forge from 'node-forge';
import { Signer } from '@signpdf/utils';
import { openP12, type CourtCertificate } from './signingCertificate';

/**
 * Makes the detached CMS signature (SHA-256, signed attributes content type, signing time, message digest)
 * with the court's PKCS#12. Written here rather than using @signpdf/signer-p12 because node-forge, when it
 * re-encodes a parsed certificate's issuer for the SignerInfo, UTF-8-encodes UTF8String names a second time:
 * with a Chinese court name the signer could no longer be matched to its certificate and pdfsig reported
 * "Unknown Validation Failure". Here the issuer names are decoded first, so they are written back unchanged.
 */
export class CourtSigner extends Signer {
  constructor(private readonly certificate: CourtCertificate) {
    super();
  }

  // The base class declares `sign(pdfBuffer, signingTime)`, asynchronous by contract.
  override async sign(pdfBuffer: Buffer, signingTime?: Date): Promise<Buffer> {
    const { cert, key, certs } = openP12(this.certificate.p12, this.certificate.password);
    const p7 = forge.pkcs7.createSignedData();
    p7.content = forge.util.createBuffer(pdfBuffer.toString('binary'));
    for (const c of certs) p7.addCertificate(c);
    const issuer = cert.issuer.attributes.map((a) =>
      a.valueTagClass === (forge.asn1.Type.UTF8 as unknown) ? { ...a, value: forge.util.decodeUtf8(String(a.value)) } : a,
    );
    p7.addSigner({
      key,
      issuer,
      serialNumber: cert.serialNumber,
      digestAlgorithm: forge.pki.oids.sha256!,
      authenticatedAttributes: [
        { type: forge.pki.oids.contentType!, value: forge.pki.oids.data },
        { type: forge.pki.oids.signingTime!, value: (signingTime ?? new Date()) as unknown as string },
        { type: forge.pki.oids.messageDigest! },
      ],
    } as unknown as Parameters<typeof p7.addSigner>[0]);
    p7.sign({ detached: true });
    return Buffer.from(forge.asn1.toDer(p7.toAsn1()).getBytes(), 'binary');
  }
}
