/**
 * Saves bytes made in the app (an exported volume, a cover sheet) as a file: a Blob behind an object URL
 * and a temporary <a download>. The URL is released once the download has had time to start.
 */
export function downloadBytes(bytes: Uint8Array, fileName: string, type = 'application/pdf'): void {
  const url = URL.createObjectURL(new Blob([new Uint8Array(bytes)], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A file name from a case number and a label, without characters file systems refuse. */
export const safeFileName = (...parts: string[]): string => parts.join('-').replace(/[\\/:*?"<>|\s]+/g, '_');
