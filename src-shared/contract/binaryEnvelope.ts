/**
 * Calls whose input or output holds bytes (a PDF to import, a volume to export) cross the web door as one
 * binary body instead of base64 in JSON: [u32 JSON length][JSON with {"$bytes": i} placeholders][part 0][part 1]…
 * Electron's IPC carries Uint8Array natively and needs none of this.
 */
export const BINARY_CONTENT_TYPE = 'application/x-court-desk-call';

interface Placeholder {
  $bytes: number;
}

const isPlaceholder = (v: unknown): v is Placeholder =>
  typeof v === 'object' && v !== null && typeof (v as Placeholder).$bytes === 'number' && Object.keys(v).length === 1;

/** True when a value holds any Uint8Array (so the binary framing is needed). */
export function hasBytes(value: unknown): boolean {
  if (value instanceof Uint8Array) return true;
  if (Array.isArray(value)) return value.some(hasBytes);
  if (value && typeof value === 'object') return Object.values(value).some(hasBytes);
  return false;
}

export function encodeBinary(value: unknown): Uint8Array {
  const parts: Uint8Array[] = [];
  // `this[key]` is the raw value: a Node Buffer has toJSON(), so `v` would already be {type:'Buffer',data}.
  const json = JSON.stringify(value, function (this: Record<string, unknown>, key: string, v: unknown) {
    const raw = this[key];
    if (raw instanceof Uint8Array) v = raw;
    if (v instanceof Uint8Array) {
      parts.push(v);
      return { $bytes: parts.length - 1 };
    }
    return v;
  });
  const head = new TextEncoder().encode(json);
  const total = 4 + head.byteLength + parts.reduce((n, p) => n + 4 + p.byteLength, 0);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  view.setUint32(0, head.byteLength);
  out.set(head, 4);
  let at = 4 + head.byteLength;
  for (const p of parts) {
    view.setUint32(at, p.byteLength);
    out.set(p, at + 4);
    at += 4 + p.byteLength;
  }
  return out;
}

/** Decodes a binary body; throws on a malformed one (the door answers with a validation error). */
export function decodeBinary(body: Uint8Array): unknown {
  const view = new DataView(body.buffer, body.byteOffset, body.byteLength);
  if (body.byteLength < 4) throw new Error('binary body too short');
  const headLength = view.getUint32(0);
  if (4 + headLength > body.byteLength) throw new Error('binary body truncated');
  const json = new TextDecoder().decode(body.subarray(4, 4 + headLength));
  const parts: Uint8Array[] = [];
  let at = 4 + headLength;
  while (at < body.byteLength) {
    if (at + 4 > body.byteLength) throw new Error('binary part header truncated');
    const length = view.getUint32(at);
    if (at + 4 + length > body.byteLength) throw new Error('binary part truncated');
    parts.push(body.subarray(at + 4, at + 4 + length));
    at += 4 + length;
  }
  return JSON.parse(json, (_key, v: unknown) => {
    if (!isPlaceholder(v)) return v;
    const part = parts[v.$bytes];
    if (!part) throw new Error('binary placeholder without a part');
    return part;
  });
}
