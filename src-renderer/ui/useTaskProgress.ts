import { useEffect, useState } from 'react';
import { onEvent } from '../api/api';

/** Long work the main process reports as it goes: which call, for which case and volume. */
export interface TaskRef {
  task: string;
  caseId: string;
  volume: string;
}

export interface TaskProgress {
  done: number;
  total: number;
}

/**
 * The progress events (`progress` topic, `{ task, caseId, volume, done, total }`) of the work named by `watch`,
 * while it is given; null before the first event. A volume export of hundreds of pages then shows how far it is.
 */
export function useTaskProgress(watch: TaskRef | null): TaskProgress | null {
  const [progress, setProgress] = useState<TaskProgress | null>(null);
  const key = watch ? `${watch.task}:${watch.caseId}:${watch.volume}` : null;
  useEffect(() => {
    setProgress(null);
    if (!watch) return;
    return onEvent((e) => {
      if (e.topic !== 'progress') return;
      const p = e.payload as Partial<TaskRef & TaskProgress>;
      if (p.task !== watch.task || p.caseId !== watch.caseId || p.volume !== watch.volume) return;
      if (typeof p.done === 'number' && typeof p.total === 'number') setProgress({ done: p.done, total: p.total });
    });
  }, [key]);
  return progress;
}
