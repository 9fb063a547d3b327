import { z } from 'zod';
import { defineCall, needs } from '../defineCall';
import { Id } from '../schemas';
import { Bytes } from './documentCalls';

/** Limits of a handwritten signature from the pad: a real signature, small enough for every page of a PDF. */
export const SIGNATURE_LIMITS = {
  /** Decoded PNG bytes. */
  maxBytes: 512 * 1024,
  /** Base64 text of the data URL (4/3 of the bytes, plus the prefix). */
  maxDataUrlChars: Math.ceil((512 * 1024 * 4) / 3) + 64,
  minWidth: 80,
  minHeight: 30,
  maxWidth: 4000,
  maxHeight: 2000,
  /** Fewer inked pixels than this is an empty pad (or a dot). */
  minInkPixels: 150,
  reason: 500,
  addendum: 5000,
} as const;

/** Where the parties' signatures go on the transcript PDF: the foot of every page, or only the last page. */
export const SIGNATURE_PLACEMENTS = ['each', 'last'] as const;
export type SignaturePlacement = (typeof SIGNATURE_PLACEMENTS)[number];

/** Participants who sign the 笔录 (or refuse): the parties and the other participants, not the bench. */
export const SIGNING_ROLES = ['plaintiff', 'defendant', 'third_party', 'agent', 'witness'] as const;

const EXAMPLE_ID = '01900000-0000-7000-8000-000000000000';

export const SignerSchema = z.object({
  participantId: Id,
  name: z.string(),
  role: z.string(),
  /** Parties and other participants must sign or refuse before the transcript can be finalised. */
  required: z.boolean(),
  outcome: z.enum(['signed', 'refused']).nullable(),
  refusalReason: z.string().nullable(),
  at: z.string().nullable(),
});

export const AddendumSchema = z.object({ entryId: Id, text: z.string(), at: z.string(), documentId: Id.nullable() });

export const SigningStatusSchema = z.object({
  hearingId: Id,
  /** Null while the hearing has no transcript yet. */
  transcriptId: Id.nullable(),
  state: z.enum(['draft', 'signing', 'final']).nullable(),
  version: z.number().int(),
  entryCount: z.number().int(),
  signers: z.array(SignerSchema),
  /** Every required signer signed or refused. */
  complete: z.boolean(),
  finalisedAt: z.string().nullable(),
  pdfSha256: z.string().nullable(),
  documentId: Id.nullable(),
  addenda: z.array(AddendumSchema),
});
export type SigningStatus = z.infer<typeof SigningStatusSchema>;

const TranscriptRef = { transcriptId: Id };

export const transcriptsSigningStatus = defineCall({
  name: 'transcripts.signingStatus',
  summary: '庭审笔录的签名情况：各当事人已签、拒签或未签，是否可以定稿，定稿后的文件与补正',
  access: needs('case.read'),
  input: z.strictObject({ hearingId: Id }),
  output: SigningStatusSchema,
  errors: ['NOT_FOUND'],
  example: { hearingId: EXAMPLE_ID },
  writes: false,
});

export const transcriptsStartSigning = defineCall({
  name: 'transcripts.startSigning',
  summary: '笔录交当事人签名：此后笔录内容冻结，除非退回草稿',
  access: needs('transcript.finalise'),
  input: z.strictObject({ ...TranscriptRef, baseVersion: z.number().int().min(1) }),
  output: z.object({ state: z.literal('signing'), version: z.number().int() }),
  errors: ['NOT_FOUND', 'CONFLICT', 'LOCKED'],
  example: { transcriptId: EXAMPLE_ID, baseVersion: 1 },
  writes: true,
});

export const transcriptsReopen = defineCall({
  name: 'transcripts.reopen',
  summary: '笔录退回草稿以便修改；已有的签名或拒签记录随之作废（须明确确认）',
  access: needs('transcript.finalise'),
  input: z.strictObject({ ...TranscriptRef, baseVersion: z.number().int().min(1), voidSignatures: z.boolean().default(false) }),
  output: z.object({ state: z.literal('draft'), version: z.number().int(), voided: z.number().int() }),
  errors: ['NOT_FOUND', 'CONFLICT', 'LOCKED'],
  example: { transcriptId: EXAMPLE_ID, baseVersion: 2 },
  writes: true,
});

export const transcriptsSign = defineCall({
  name: 'transcripts.sign',
  summary: '当事人在签名板上手写签名（PNG 图片）',
  access: needs('transcript.sign'),
  input: z.strictObject({
    ...TranscriptRef,
    participantId: Id,
    imagePng: z.string().max(SIGNATURE_LIMITS.maxDataUrlChars, '签名图片过大'),
  }),
  output: z.object({ signatureId: Id, outcome: z.literal('signed'), at: z.string() }),
  errors: ['NOT_FOUND', 'LOCKED'],
  example: { transcriptId: EXAMPLE_ID, participantId: EXAMPLE_ID, imagePng: 'data:image/png;base64,iVBORw0KGgo=' },
  writes: true,
});

export const transcriptsRefuse = defineCall({
  name: 'transcripts.refuse',
  summary: '记录当事人拒绝签名及其理由（记明情况附卷）',
  access: needs('transcript.finalise'),
  input: z.strictObject({
    ...TranscriptRef,
    participantId: Id,
    reason: z.string().trim().min(1, '请填写拒签理由').max(SIGNATURE_LIMITS.reason, `理由最长 ${SIGNATURE_LIMITS.reason} 字`),
  }),
  output: z.object({ signatureId: Id, outcome: z.literal('refused'), at: z.string() }),
  errors: ['NOT_FOUND', 'LOCKED'],
  example: { transcriptId: EXAMPLE_ID, participantId: EXAMPLE_ID, reason: '认为笔录记载与陈述不符' },
  writes: true,
});

export const transcriptsFinalise = defineCall({
  name: 'transcripts.finalise',
  summary: '定稿：生成庭审笔录 PDF（含签名），以法院证书电子签章（PAdES），锁定并归入正卷',
  access: needs('transcript.finalise'),
  input: z.strictObject({ ...TranscriptRef, baseVersion: z.number().int().min(1) }),
  output: z.object({ state: z.literal('final'), version: z.number().int(), pdfSha256: z.string(), documentId: Id, pageCount: z.number().int() }),
  errors: ['NOT_FOUND', 'CONFLICT', 'LOCKED'],
  example: { transcriptId: EXAMPLE_ID, baseVersion: 3 },
  writes: true,
});

export const transcriptsAddendum = defineCall({
  name: 'transcripts.addendum',
  summary: '定稿后的补正：另立补正记录并生成补正文件归入正卷，已签章的笔录原件不变',
  access: needs('transcript.finalise'),
  input: z.strictObject({
    ...TranscriptRef,
    text: z.string().trim().min(1, '请填写补正内容').max(SIGNATURE_LIMITS.addendum, `补正内容最长 ${SIGNATURE_LIMITS.addendum} 字`),
  }),
  output: z.object({ entryId: Id, documentId: Id, pdfSha256: z.string() }),
  errors: ['NOT_FOUND', 'VALIDATION'],
  example: { transcriptId: EXAMPLE_ID, text: '第 3 条“十万元”应为“十一万元”' },
  writes: true,
});

export const transcriptsPdf = defineCall({
  name: 'transcripts.pdf',
  summary: '下载已定稿并签章的庭审笔录 PDF（原件字节）',
  access: needs('case.read'),
  input: z.strictObject(TranscriptRef),
  output: Bytes,
  errors: ['NOT_FOUND', 'VALIDATION'],
  example: { transcriptId: EXAMPLE_ID },
  writes: false,
});

export const CertificateInfoSchema = z.object({
  subject: z.string(),
  issuer: z.string(),
  validFrom: z.string(),
  validTo: z.string(),
  selfSigned: z.boolean(),
  sha256: z.string(),
});

export const SigningConfigSchema = z.object({
  placement: z.enum(SIGNATURE_PLACEMENTS),
  certificate: CertificateInfoSchema.nullable(),
});
export type SigningConfig = z.infer<typeof SigningConfigSchema>;

export const signingConfig = defineCall({
  name: 'signing.config',
  summary: '笔录签名设置：签名位置（每页或末页）与法院电子签章证书',
  access: needs('case.read'),
  input: z.strictObject({}),
  output: SigningConfigSchema,
  errors: [],
  example: {},
  writes: false,
});

export const signingSetCertificate = defineCall({
  name: 'signing.setCertificate',
  summary: '导入法院电子签章证书（PKCS#12 文件与密码），或撤下已导入的证书',
  access: needs('settings.write'),
  input: z.union([z.strictObject({ p12: Bytes, password: z.string().max(200) }), z.strictObject({ remove: z.literal(true) })]),
  output: SigningConfigSchema,
  errors: ['VALIDATION'],
  example: { remove: true },
  writes: true,
});

export const signingSetPlacement = defineCall({
  name: 'signing.setPlacement',
  summary: '设置当事人签名在笔录上的位置：每页或末页',
  access: needs('settings.write'),
  input: z.strictObject({ placement: z.enum(SIGNATURE_PLACEMENTS) }),
  output: SigningConfigSchema,
  errors: [],
  example: { placement: 'each' },
  writes: true,
});
