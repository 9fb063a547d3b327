import type { PageViewport } from 'pdfjs-dist';
import { useEffect, useRef, useState } from 'react';
import type { Pointer } from '../../../src-shared/contract/calls/presentationCalls';
import { api } from '../../api/api';
import { useLoad } from '../../ui/useLoad';
import { PdfPageCanvas } from '../reader/PdfPageCanvas';
import { usePdfDocument } from '../reader/usePdfDocument';

const WIDTH = 360;
const EVERY_MS = 80;

/**
 * The clerk's small copy of the presented page: moving the mouse over it sends the pointer (in PDF space) to
 * the parties' screen, at most every 80 ms and always the last position; leaving it hides the pointer.
 */
export function PointerPreview({ hearingId, documentId, pageIndex, follow }: { hearingId: string; documentId: string; pageIndex: number; follow: boolean }) {
  const { data: bytes } = useLoad(() => api.documents.content({ id: documentId, rendition: true }), [documentId]);
  const { pdf } = usePdfDocument(bytes);
  const [viewport, setViewport] = useState<PageViewport | null>(null);
  const pending = useRef<{ value: Pointer; timer: ReturnType<typeof setTimeout> | null; last: number }>({ value: null, timer: null, last: 0 });

  useEffect(() => {
    setViewport(null);
    if (!pdf) return;
    let gone = false;
    void pdf.getPage(pageIndex + 1).then((page) => {
      const natural = page.getViewport({ scale: 1 });
      if (!gone) setViewport(page.getViewport({ scale: WIDTH / natural.width }));
    });
    return () => {
      gone = true;
    };
  }, [pdf, pageIndex]);

  useEffect(() => () => {
    if (pending.current.timer) clearTimeout(pending.current.timer);
  }, []);

  const send = (value: Pointer) => {
    const p = pending.current;
    p.value = value;
    if (p.timer) return;
    const flush = () => {
      p.timer = null;
      p.last = Date.now();
      void api.presentation.show({ hearingId, pointer: p.value }).catch(() => undefined);
    };
    const wait = EVERY_MS - (Date.now() - p.last);
    if (wait <= 0) flush();
    else p.timer = setTimeout(flush, wait);
  };

  const onMove = (e: React.MouseEvent<HTMLDivElement>) => {
    if (!follow || !viewport) return;
    const box = e.currentTarget.getBoundingClientRect();
    const [x, y] = viewport.convertToPdfPoint(e.clientX - box.left, e.clientY - box.top) as [number, number];
    send({ x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 });
  };

  if (!pdf) return <div className="cd-present-preview" style={{ width: WIDTH, height: Math.round(WIDTH * 1.414) }} />;
  return (
    <div className="cd-present-preview" data-testid="present-preview" onMouseMove={onMove} onMouseLeave={() => follow && send(null)}>
      <PdfPageCanvas pdf={pdf} pageIndex={pageIndex} width={WIDTH} />
    </div>
  );
}
