import { useCallback, useEffect, useState } from 'react';
import type { SigningStatus } from '../../../src-shared/contract/calls/transcriptSigningCalls';
import { api, onEvent } from '../../api/api';

/** The signing status of a hearing's transcript, reloaded whenever the app reports a change to a transcript. */
export function useSigningStatus(hearingId: string, active: boolean) {
  const [status, setStatus] = useState<SigningStatus | null>(null);
  const [error, setError] = useState<unknown>(null);

  const reload = useCallback(async () => {
    try {
      setStatus(await api.transcripts.signingStatus({ hearingId }));
      setError(null);
    } catch (err) {
      setError(err);
    }
  }, [hearingId]);

  useEffect(() => {
    if (!active) return;
    void reload();
    // A party signing on the parties' screen arrives as a data event: the list updates by itself.
    return onEvent((e) => {
      if (e.topic === 'data' && e.payload.entity === 'transcript') void reload();
    });
  }, [active, reload]);

  return { status, error, reload };
}
