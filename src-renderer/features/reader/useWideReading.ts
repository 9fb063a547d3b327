import { useCallback, useState } from 'react';

/**
 * Wide reading: the catalogue and the annotation list folded away so the pages get the whole width (a laptop
 * screen), like the pdf.js viewer's sidebar toggle (F4). Remembered on this device for the next reading.
 */
const KEY = 'courtDesk.wideReading';

const remembered = (): boolean => {
  try {
    return localStorage.getItem(KEY) === '1';
  } catch {
    return false;
  }
};

export function useWideReading(): { wide: boolean; toggleWide: () => void } {
  const [wide, setWide] = useState(remembered);
  const toggleWide = useCallback(() => {
    setWide((was) => {
      try {
        localStorage.setItem(KEY, was ? '0' : '1');
      } catch {
        // Storage full or disabled: the choice holds until the reader closes.
      }
      return !was;
    });
  }, []);
  return { wide, toggleWide };
}
