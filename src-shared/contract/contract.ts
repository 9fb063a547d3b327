import type { z } from 'zod';
import type { CallDef } from './defineCall';
import { systemStatus, systemSetup, settingsGet, settingsUpdate } from './calls/systemCalls';
import { usersList, usersCreate, usersSetDisabled, usersResetPassword, authChangePassword } from './calls/userCalls';
import { authLogin, authLogout, authUnlock, authMe } from './calls/authCalls';
import { casesList, casesGet, casesAdvanceStage } from './calls/caseCalls';
import { auditVerify, auditList } from './calls/auditCalls';
import { demoSeed } from './calls/demoCalls';
import { documentsList, documentsImport, documentsContent, documentsPageText, documentsSetCategory, documentsReorder } from './calls/documentCalls';
import { dossierCategories, dossierCheck, dossierExportVolume, dossierCoverSheet } from './calls/dossierCalls';
import { annotationsExportPdf, annotationsReadingNotes, annotationsExportVolumePdf } from './calls/annotationExportCalls';
import { searchPages } from './calls/searchCalls';
import { annotationsList, annotationsSave } from './calls/annotationCalls';
import { bookmarksList, bookmarksSave } from './calls/bookmarkCalls';
import { documentsFindText } from './calls/findTextCalls';
import { hearingsSchedule, hearingsProposal, hearingsList, hearingsGet, hearingsSetState } from './calls/hearingCalls';
import { transcriptsGet, transcriptsSaveEntries, quickPhrasesList, quickPhrasesSave } from './calls/transcriptCalls';

import { filingCreate, casesAssign, casesAssignments } from './calls/filingCalls';
import { transcriptsSigningStatus, transcriptsStartSigning, transcriptsReopen, transcriptsSign, transcriptsRefuse, transcriptsFinalise, transcriptsAddendum, transcriptsPdf, signingConfig, signingSetCertificate, signingSetPlacement } from './calls/transcriptSigningCalls';
import { evidenceList, evidenceSave, evidenceRecordOpinion, evidenceExportTable } from './calls/evidenceCalls';
import { presentationOpen, presentationClose, presentationShow, presentationJoin, presentationCurrent, presentationPage } from './calls/presentationCalls';
import { calendarYears, calendarImportYear, deadlinesCompute } from './calls/calendarCalls';
import { serviceList, serviceCreate, serviceRecordAttempt, serviceLinkProof } from './calls/serviceCalls';
import { preservationsList, preservationsCreate, preservationsLift } from './calls/preservationCalls';
import { workOrdersList, workOrdersCreate, workOrdersAccept, workOrdersComplete } from './calls/workOrderCalls';
import { ledgerList, ledgerExportXlsx, ledgerViews, ledgerSaveView, ledgerDeleteView, ledgerCaseDeadlines, trialLimitsRecord } from './calls/ledgerCalls';
import { notificationsList } from './calls/notificationCalls';
import { documentsPageLines } from './calls/pageLinesCalls';

/** Every call of the app, defined once. Doors and clients are generic over this list. */
export const CALLS = [
  systemStatus, systemSetup, settingsGet, settingsUpdate,
  authLogin, authLogout, authUnlock, authMe, authChangePassword,
  usersList, usersCreate, usersSetDisabled, usersResetPassword,
  casesList, casesGet, casesAdvanceStage,
  auditVerify, auditList,
  demoSeed,
  documentsList, documentsImport, documentsContent, documentsPageText, documentsSetCategory, documentsReorder,
  dossierCategories, dossierCheck, dossierExportVolume, dossierCoverSheet,
  searchPages,
  annotationsExportPdf, annotationsReadingNotes,
  annotationsList, annotationsSave,
  bookmarksList, bookmarksSave, documentsFindText,
  hearingsSchedule, hearingsProposal, hearingsList, hearingsGet, hearingsSetState,
  transcriptsGet, transcriptsSaveEntries, quickPhrasesList, quickPhrasesSave,
  filingCreate, casesAssign, casesAssignments,
  transcriptsSigningStatus, transcriptsStartSigning, transcriptsReopen, transcriptsSign, transcriptsRefuse, transcriptsFinalise, transcriptsAddendum, transcriptsPdf,
  signingConfig, signingSetCertificate, signingSetPlacement,
  evidenceList, evidenceSave, evidenceRecordOpinion, evidenceExportTable,
  presentationOpen, presentationClose, presentationShow, presentationJoin, presentationCurrent, presentationPage,
  calendarYears, calendarImportYear, deadlinesCompute,
  serviceList, serviceCreate, serviceRecordAttempt, serviceLinkProof,
  preservationsList, preservationsCreate, preservationsLift,
  workOrdersList, workOrdersCreate, workOrdersAccept, workOrdersComplete,
  ledgerList, ledgerExportXlsx, ledgerViews, ledgerSaveView, ledgerDeleteView, ledgerCaseDeadlines, trialLimitsRecord,
  notificationsList,
  annotationsExportVolumePdf,
  documentsPageLines,
] as const;

type AnyCall = (typeof CALLS)[number];
export type CallName = AnyCall['name'];
export type CallByName<N extends CallName> = Extract<AnyCall, { name: N }>;
export type CallInput<N extends CallName> = z.input<CallByName<N>['input']>;
export type CallParsedInput<N extends CallName> = z.output<CallByName<N>['input']>;
export type CallOutput<N extends CallName> = z.output<CallByName<N>['output']>;

export const CALLS_BY_NAME: ReadonlyMap<string, CallDef> = new Map(CALLS.map((c) => [c.name, c as CallDef]));

/** The envelope both doors carry: `{ name, input }` plus the session the caller holds, if any. */
export interface CallEnvelope {
  name: string;
  input: unknown;
  sessionId?: string;
}

/** Events pushed from the main process to clients (progress of long work, session lock). */
export interface AppEvent {
  topic: 'progress' | 'session' | 'data';
  payload: Record<string, unknown>;
}
