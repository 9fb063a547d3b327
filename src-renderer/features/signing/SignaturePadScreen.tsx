import { Alert, Button } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import SignaturePad, { type SignatureEvent } from 'signature_pad';
import { api } from '../../api/api';
import { useLabels } from '../../i18n/useLabels';
import { exportSignature } from './signatureExport';
import './signing.css';

/**
 * The signature pad on the parties' screen: big and plain for a party in court. Pen, finger or mouse (pointer
 * events); a pen's pressure sets the weight of each stroke. 清除 starts again, 确认 sends the signature.
 */
export function SignaturePadScreen({
  transcriptId,
  participantId,
  participantName,
  onDone,
}: {
  transcriptId: string;
  participantId: string;
  participantName: string;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const { errorText } = useLabels();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const padRef = useRef<SignaturePad | null>(null);
  const [state, setState] = useState<'signing' | 'sending' | 'done'>('signing');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const canvas = canvasRef.current!;
    const pad = new SignaturePad(canvas, { minWidth: 1.2, maxWidth: 4, penColor: '#10182b', throttle: 8 });
    padRef.current = pad;
    const onBegin = (e: Event) => {
      const s = (e as CustomEvent<SignatureEvent>).detail;
      const pen = 'pointerType' in s.event && (s.event as PointerEvent).pointerType === 'pen';
      // A mouse reports a fixed 0.5; only a pen's pressure means something.
      const p = pen && s.pressure > 0 ? s.pressure : 0.5;
      pad.minWidth = 0.6 + 1.6 * p;
      pad.maxWidth = 1.6 + 5 * p;
      setError(null);
    };
    pad.addEventListener('beginStroke', onBegin);
    // The canvas matches its on-screen size at the device's pixel ratio, so strokes are sharp and land under the pen.
    const fit = () => {
      const ratio = Math.max(window.devicePixelRatio || 1, 1);
      const data = pad.toData();
      canvas.width = canvas.offsetWidth * ratio;
      canvas.height = canvas.offsetHeight * ratio;
      canvas.getContext('2d')!.scale(ratio, ratio);
      pad.clear();
      pad.fromData(data);
    };
    fit();
    window.addEventListener('resize', fit);
    return () => {
      window.removeEventListener('resize', fit);
      pad.removeEventListener('beginStroke', onBegin);
      pad.off();
    };
  }, [participantId]);

  const confirm = async () => {
    const pad = padRef.current!;
    const png = pad.isEmpty() ? null : exportSignature(canvasRef.current!);
    if (!png) {
      setError(t('signing.pad.empty'));
      return;
    }
    setState('sending');
    try {
      await api.transcripts.sign({ transcriptId, participantId, imagePng: png });
      setState('done');
      onDone();
    } catch (err) {
      setState('signing');
      setError(errorText(err));
    }
  };

  return (
    <div className="cd-sign-screen" data-testid="signature-pad-screen" data-state={state}>
      <div className="cd-sign-title">{t('signing.pad.title', { name: participantName })}</div>
      <div className="cd-sign-hint">{state === 'done' ? t('signing.pad.done') : t('signing.pad.hint')}</div>
      <canvas ref={canvasRef} className="cd-sign-canvas" data-testid="signature-canvas" aria-label={t('signing.pad.hint')} />
      {error ? <Alert className="cd-sign-error" type="error" showIcon title={error} data-testid="signature-error" /> : null}
      <div className="cd-sign-actions">
        <Button size="large" className="cd-sign-button" data-testid="signature-clear" disabled={state !== 'signing'}
          onClick={() => { padRef.current?.clear(); setError(null); }}>
          {t('signing.pad.clear')}
        </Button>
        <Button size="large" type="primary" className="cd-sign-button" data-testid="signature-confirm" loading={state === 'sending'}
          disabled={state === 'done'} onClick={() => void confirm()}>
          {state === 'sending' ? t('signing.pad.sending') : t('signing.pad.confirm')}
        </Button>
      </div>
    </div>
  );
}
