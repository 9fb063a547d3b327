import { describe, expect, it } from 'vitest';
import { decodeBinary, encodeBinary, hasBytes } from '../../src-shared/contract/binaryEnvelope';

describe('binary envelope', () => {
  it('round-trips JSON with byte parts in place', () => {
    const a = new Uint8Array([0, 1, 2, 255]);
    const b = new Uint8Array(100_000).fill(7);
    const value = { name: 'documents.import', input: { files: [{ name: '起诉状.pdf', bytes: a }, { name: 'b', bytes: b }] } };
    expect(hasBytes(value)).toBe(true);
    expect(hasBytes({ x: [1, 'a'] })).toBe(false);
    const back = decodeBinary(encodeBinary(value)) as typeof value;
    expect(back.input.files[0]!.name).toBe('起诉状.pdf');
    expect(Array.from(back.input.files[0]!.bytes)).toEqual([0, 1, 2, 255]);
    expect(back.input.files[1]!.bytes.byteLength).toBe(100_000);
  });

  it('carries Node Buffers as bytes too (Buffer.toJSON must not win)', () => {
    const back = decodeBinary(encodeBinary({ ok: true, value: Buffer.from([9, 8, 7]) })) as { value: Uint8Array };
    expect(back.value).toBeInstanceOf(Uint8Array);
    expect(Array.from(back.value)).toEqual([9, 8, 7]);
  });

  it('refuses truncated or inconsistent bodies', () => {
    const body = encodeBinary({ bytes: new Uint8Array(10) });
    expect(() => decodeBinary(body.subarray(0, 2))).toThrow();
    expect(() => decodeBinary(body.subarray(0, body.byteLength - 3))).toThrow();
    const forged = encodeBinary({ x: { $bytes: 3 } });
    expect(() => decodeBinary(forged)).toThrow();
  });
});
