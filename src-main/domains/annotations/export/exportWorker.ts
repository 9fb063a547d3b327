import { parentPort } from 'node:worker_threads';
import { handOver, performExportJob, type ExportJob, type ExportReply } from './exportJobs';

/**
 * The export thread's entry (see exportWorkerClient.ts): makes each file it is sent and hands its bytes back.
 * Jobs may overlap (each awaits pdf-lib's and docx's own pauses); a failure is sent back as a message.
 */
const port = parentPort;
if (!port) throw new Error('exportWorker must run in a worker thread');

port.on('message', ({ id, job }: { id: number; job: ExportJob }) => {
  performExportJob(job).then(
    (bytes) => {
      // The file's bytes are this thread's own: handed over, not copied.
      port.postMessage({ id, ok: true, bytes } satisfies ExportReply, handOver(bytes));
    },
    (err: unknown) => {
      const message = (err instanceof Error ? `${err.name}: ${err.message}` : String(err)).slice(0, 300);
      port.postMessage({ id, ok: false, message } satisfies ExportReply);
    },
  );
});
