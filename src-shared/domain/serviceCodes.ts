/**
 * Codes of service (送达), preservation (保全) and work orders (工单), with their labels. The database checks
 * the same codes (migration 9); the ledger, the centre screens and the .xlsx export label them from here.
 */
type Labels<K extends string> = Record<K, { zh: string; en: string }>;

export const SERVICE_METHODS = ['direct', 'lodged', 'electronic', 'postal', 'entrusted', 'forwarded', 'announcement'] as const;
export type ServiceMethod = (typeof SERVICE_METHODS)[number];
export const SERVICE_METHOD_LABELS: Labels<ServiceMethod> = {
  direct: { zh: '直接送达', en: 'In person' },
  lodged: { zh: '留置送达', en: 'Left at address' },
  electronic: { zh: '电子送达', en: 'Electronic' },
  postal: { zh: '邮寄送达', en: 'By post (EMS)' },
  entrusted: { zh: '委托送达', en: 'Entrusted' },
  forwarded: { zh: '转交送达', en: 'Forwarded' },
  announcement: { zh: '公告送达', en: 'Public announcement' },
};

export const SERVICE_STATES = ['pending', 'served', 'failed', 'cancelled'] as const;
export type ServiceState = (typeof SERVICE_STATES)[number];
export const SERVICE_STATE_LABELS: Labels<ServiceState> = {
  pending: { zh: '待送达', en: 'Pending' },
  served: { zh: '已送达', en: 'Served' },
  failed: { zh: '送达失败', en: 'Failed' },
  cancelled: { zh: '已撤销', en: 'Cancelled' },
};

export const FAILURE_REASONS = ['refused', 'no_such_person', 'address_unknown', 'nobody_signed', 'phone_unreachable', 'moved', 'other'] as const;
export type FailureReason = (typeof FAILURE_REASONS)[number];
export const FAILURE_REASON_LABELS: Labels<FailureReason> = {
  refused: { zh: '拒收', en: 'Refused' },
  no_such_person: { zh: '查无此人', en: 'No such person' },
  address_unknown: { zh: '地址不详', en: 'Address unknown' },
  nobody_signed: { zh: '无人签收', en: 'Nobody signed' },
  phone_unreachable: { zh: '电话无法接通', en: 'Phone unreachable' },
  moved: { zh: '已搬迁', en: 'Moved away' },
  other: { zh: '其他', en: 'Other' },
};

/** What is served; the kind decides which period starts from its service. */
export const SERVED_DOCUMENT_KINDS = ['complaint', 'summons', 'judgment', 'ruling', 'mediation', 'other'] as const;
export type ServedDocumentKind = (typeof SERVED_DOCUMENT_KINDS)[number];
export const SERVED_DOCUMENT_LABELS: Labels<ServedDocumentKind> = {
  complaint: { zh: '起诉状副本、应诉及举证通知书', en: 'Complaint copy, notices to respond and give evidence' },
  summons: { zh: '传票', en: 'Summons' },
  judgment: { zh: '判决书', en: 'Judgment' },
  ruling: { zh: '裁定书', en: 'Ruling' },
  mediation: { zh: '调解书', en: 'Mediation agreement' },
  other: { zh: '其他文书', en: 'Other document' },
};

export const PRESERVATION_KINDS = ['property', 'evidence', 'conduct'] as const;
export type PreservationKind = (typeof PRESERVATION_KINDS)[number];
export const PRESERVATION_KIND_LABELS: Labels<PreservationKind> = {
  property: { zh: '财产保全', en: 'Property' },
  evidence: { zh: '证据保全', en: 'Evidence' },
  conduct: { zh: '行为保全', en: 'Conduct' },
};

export const WORK_ORDER_KINDS = ['supplementary_service', 'scan_backfill', 'preservation_execution', 'filing_materials', 'other'] as const;
export type WorkOrderKind = (typeof WORK_ORDER_KINDS)[number];
export const WORK_ORDER_KIND_LABELS: Labels<WorkOrderKind> = {
  supplementary_service: { zh: '补充送达', en: 'Supplementary service' },
  scan_backfill: { zh: '扫描补录', en: 'Scan and add to dossier' },
  preservation_execution: { zh: '保全执行', en: 'Carry out preservation' },
  filing_materials: { zh: '补充立案材料', en: 'Filing materials' },
  other: { zh: '其他', en: 'Other' },
};

export const WORK_ORDER_STATES = ['created', 'accepted', 'completed'] as const;
export type WorkOrderState = (typeof WORK_ORDER_STATES)[number];
export const WORK_ORDER_STATE_LABELS: Labels<WorkOrderState> = {
  created: { zh: '待接收', en: 'Created' },
  accepted: { zh: '办理中', en: 'Accepted' },
  completed: { zh: '已完成', en: 'Completed' },
};

export const WORK_ORDER_SIDES = ['team', 'centre'] as const;
export type WorkOrderSide = (typeof WORK_ORDER_SIDES)[number];
export const WORK_ORDER_SIDE_LABELS: Labels<WorkOrderSide> = {
  team: { zh: '审判团队', en: 'Trial team' },
  centre: { zh: '集约中心', en: 'Service centre' },
};
