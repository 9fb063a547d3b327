import type { HandlerMap } from './callContext';
import * as auth from '../domains/auth/authHandlers';
import * as cases from '../domains/cases/caseHandlers';
import * as audit from '../domains/audit/auditHandlers';
import * as system from '../domains/system/systemHandlers';
import * as demo from '../domains/demo/demoHandlers';
import * as users from '../domains/users/userHandlers';
import { setup } from '../domains/system/setupHandler';
import * as importing from '../domains/dossier/importHandlers';
import * as catalogue from '../domains/dossier/catalogueHandlers';
import * as search from '../domains/search/searchHandlers';
import * as annotationExports from '../domains/annotations/annotationExportHandlers';
import * as annotations from '../domains/annotations/annotationHandlers';
import { exportVolumeWithAnnotations } from '../domains/annotations/volumeAnnotationExport';
import * as evidence from '../domains/evidence/evidenceHandlers';
import { recordOpinion } from '../domains/evidence/opinionHandler';
import * as presentation from '../domains/presentation/presentationHandlers';
import * as bookmarks from '../domains/bookmarks/bookmarkHandlers';
import { findText } from '../domains/reading/findTextHandler';
import * as hearings from '../domains/hearings/hearingHandlers';
import * as transcripts from '../domains/hearings/transcriptHandlers';
import * as quickPhrases from '../domains/hearings/quickPhraseHandlers';

import * as filing from '../domains/filing/filingHandlers';
import * as assignment from '../domains/filing/assignmentHandlers';
import * as signatures from '../domains/transcriptSigning/signatureHandlers';
import * as finalising from '../domains/transcriptSigning/finaliseHandlers';
import * as signingConfig from '../domains/transcriptSigning/signingConfigHandlers';
import * as calendar from '../domains/calendar/calendarHandlers';
import * as service from '../domains/service/serviceHandlers';
import * as preservations from '../domains/preservation/preservationHandlers';
import * as workOrders from '../domains/workOrders/workOrderHandlers';
import * as ledger from '../domains/ledger/ledgerHandlers';
import * as notifications from '../domains/ledger/notificationHandlers';
import { pageLines } from '../domains/dossier/pageLinesHandler';

/** Each call of the contract to its handler. A new call is added here and in the contract, nowhere else. */
export const HANDLERS: HandlerMap = {
  'system.status': system.status,
  'system.setup': setup,
  'settings.get': system.settingsGet,
  'settings.update': system.settingsUpdate,
  'auth.login': auth.login,
  'auth.logout': auth.logout,
  'auth.unlock': auth.unlock,
  'auth.me': auth.me,
  'auth.changePassword': users.changePassword,
  'users.list': users.list,
  'users.create': users.create,
  'users.setDisabled': users.setDisabled,
  'users.resetPassword': users.resetPassword,
  'cases.list': cases.list,
  'cases.get': cases.get,
  'cases.advanceStage': cases.advanceStage,
  'audit.verify': audit.verify,
  'audit.list': audit.list,
  'demo.seed': demo.seed,
  'documents.list': catalogue.list,
  'documents.import': importing.importFiles,
  'documents.content': importing.content,
  'documents.pageText': importing.pageText,
  'documents.setCategory': catalogue.setCategory,
  'documents.reorder': catalogue.reorder,
  'dossier.categories': catalogue.categories,
  'dossier.check': catalogue.check,
  'dossier.exportVolume': catalogue.exportVolume,
  'dossier.coverSheet': importing.coverSheet,
  'search.pages': search.pages,
  'annotations.exportPdf': annotationExports.exportPdf,
  'annotations.readingNotes': annotationExports.readingNotes,
  'annotations.list': annotations.list,
  'annotations.save': annotations.save,
  'bookmarks.list': bookmarks.list,
  'bookmarks.save': bookmarks.save,
  'documents.findText': findText,
  'hearings.schedule': hearings.schedule,
  'hearings.proposal': hearings.proposal,
  'hearings.list': hearings.list,
  'hearings.get': hearings.get,
  'hearings.setState': hearings.setState,
  'transcripts.get': transcripts.get,
  'transcripts.saveEntries': transcripts.saveEntries,
  'quickPhrases.list': quickPhrases.list,
  'quickPhrases.save': quickPhrases.save,
  'filing.create': filing.create,
  'cases.assign': assignment.assign,
  'cases.assignments': assignment.assignments,
  'transcripts.signingStatus': signatures.signingStatus,
  'transcripts.startSigning': signatures.startSigning,
  'transcripts.reopen': signatures.reopen,
  'transcripts.sign': signatures.sign,
  'transcripts.refuse': signatures.refuse,
  'transcripts.finalise': finalising.finalise,
  'transcripts.addendum': finalising.addendum,
  'transcripts.pdf': finalising.pdf,
  'signing.config': signingConfig.config,
  'signing.setCertificate': signingConfig.setCertificate,
  'signing.setPlacement': signingConfig.setPlacement,
  'evidence.list': evidence.list,
  'evidence.save': evidence.save,
  'evidence.recordOpinion': recordOpinion,
  'evidence.exportTable': evidence.exportTable,
  'presentation.open': presentation.open,
  'presentation.close': presentation.close,
  'presentation.show': presentation.show,
  'presentation.join': presentation.join,
  'presentation.current': presentation.current,
  'presentation.page': presentation.page,
  'calendar.years': calendar.years,
  'calendar.importYear': calendar.importYear,
  'deadlines.compute': calendar.compute,
  'service.list': service.list,
  'service.create': service.create,
  'service.recordAttempt': service.recordAttempt,
  'service.linkProof': service.linkProof,
  'preservations.list': preservations.list,
  'preservations.create': preservations.create,
  'preservations.lift': preservations.lift,
  'workOrders.list': workOrders.list,
  'workOrders.create': workOrders.create,
  'workOrders.accept': workOrders.accept,
  'workOrders.complete': workOrders.complete,
  'ledger.list': ledger.list,
  'ledger.exportXlsx': ledger.exportXlsx,
  'ledger.views': ledger.views,
  'ledger.saveView': ledger.saveView,
  'ledger.deleteView': ledger.deleteView,
  'ledger.caseDeadlines': ledger.caseDeadlines,
  'trialLimits.record': ledger.recordTrialLimit,
  'notifications.list': notifications.list,
  'annotations.exportVolumePdf': exportVolumeWithAnnotations,
  'documents.pageLines': pageLines,
};
