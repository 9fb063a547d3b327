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
};
