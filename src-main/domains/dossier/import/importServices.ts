import type { AppContext } from '../../../app/appContext';
import type { DoorIdentity } from '../../../services/callContext';
import type { Dispatch } from '../../../services/dispatcher';
import type { ImportOutcome } from '../../../../src-shared/contract/calls/documentCalls';
import type { Result } from '../../../../src-shared/contract/errors';
import { importRuntime, stopImportRuntime } from './importRuntime';
import { SCAN_ACTOR, SCAN_VIA } from './scanActor';
import type { ScanImport } from './scanFile';
import { startScanFolderWatcher, type ScanWatchOptions } from './scanFolderWatcher';

/**
 * The scanner folder's door onto the dispatcher: documents.import as the local scanner-folder actor.
 * (DoorIdentity's `via` lists the user-facing doors; the scanner folder is a door of its own.)
 */
export function scanImportVia(dispatch: Dispatch): ScanImport {
  const door: DoorIdentity = { via: SCAN_VIA, localActor: SCAN_ACTOR };
  return (input) => dispatch({ name: 'documents.import', input }, door) as Promise<Result<{ outcomes: ImportOutcome[] }>>;
}

/**
 * What import runs beside the doors once the data folder is open: OCR of pages a stop or crash left
 * unread, and the scanner-folder watcher. stop() ends both and the import workers; call it before app.close().
 */
export function startImportServices(app: AppContext, dispatch: Dispatch, options: ScanWatchOptions = {}): { stop: () => Promise<void> } {
  const resumed = importRuntime(app).ocr.resumePending();
  if (resumed > 0) app.logger.info({ documents: resumed }, 'ocr resumed');
  const watcher = startScanFolderWatcher(app, scanImportVia(dispatch), options);
  return {
    async stop() {
      await watcher.stop();
      await stopImportRuntime(app);
    },
  };
}
