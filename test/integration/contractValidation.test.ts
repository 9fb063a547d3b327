import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CALLS } from '../../src-shared/contract/contract';
import { createTestApp, type TestApp } from '../helpers/testApp';

// Inputs that no call accepts: not objects, or objects with a key no schema knows.
const NOT_OBJECTS: unknown[] = [null, 42, 'text', true, [], [{}]];

/** Each top-level field of the example replaced by a value of the wrong type. */
function brokenVariants(example: Record<string, unknown>): Record<string, unknown>[] {
  return Object.entries(example).map(([key, value]) => ({
    ...example,
    [key]: typeof value === 'number' ? 'not-a-number' : typeof value === 'string' ? { nested: true } : 12345,
  }));
}

describe('every call rejects malformed input with a validation error and changes nothing', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = createTestApp();
    admin = await t.login('admin');
  });
  afterAll(() => t.close());

  for (const def of CALLS) {
    it(`${def.name}`, async () => {
      expect(def.input.safeParse(def.example).success, 'the example input is valid').toBe(true);
      const before = t.fingerprint();
      const example = def.example as Record<string, unknown>;
      const inputs = [...NOT_OBJECTS, { ...example, unexpectedField: 1 }, ...brokenVariants(example)];
      for (const input of inputs) {
        const result = await t.call(def.name, input, admin);
        expect(result.ok, `${def.name} accepted ${JSON.stringify(input)}`).toBe(false);
        if (!result.ok) {
          expect(result.error.code).toBe('VALIDATION');
          expect(result.error.message).toMatch(/输入不符合要求/);
        }
      }
      expect(t.fingerprint()).toEqual(before);
    });
  }

  it('rejects an unknown call and a malformed envelope', async () => {
    expect(await t.call('cases.dropAll', {}, admin)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CALL' } });
    expect(await t.dispatch(null, { via: 'test' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await t.dispatch({ name: 7 }, { via: 'test' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});
