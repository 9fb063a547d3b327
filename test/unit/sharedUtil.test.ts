import { describe, expect, it } from 'vitest';
import { appendTo } from '../../src-shared/util/appendTo';
import { canonicalJson } from '../../src-shared/util/canonicalJson';
import { UUID_PATTERN, uuidv7 } from '../../src-shared/util/uuidv7';
import { PERMISSIONS, roleMay } from '../../src-shared/domain/permissions';
import { ROLES } from '../../src-shared/domain/roles';

describe('uuidv7', () => {
  it('is a version-7 RFC 9562 UUID that sorts by time', () => {
    const a = uuidv7(1_700_000_000_000);
    const b = uuidv7(1_700_000_000_001);
    expect(a).toMatch(UUID_PATTERN);
    expect(a[14]).toBe('7');
    expect('89ab').toContain(a[19]);
    expect(a < b).toBe(true);
    expect(a.replace(/-/g, '').slice(0, 12)).toBe((1_700_000_000_000).toString(16).padStart(12, '0'));
    expect(new Set(Array.from({ length: 1000 }, () => uuidv7())).size).toBe(1000);
  });
});

describe('canonicalJson', () => {
  it('sorts keys at every level and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: [{ z: 1, y: 2 }], c: undefined } })).toBe('{"a":{"d":[{"y":2,"z":1}]},"b":1}');
  });
});

describe('permission table', () => {
  it('names only known roles, and admin alone manages users and settings', () => {
    for (const roles of Object.values(PERMISSIONS)) for (const r of roles) expect(ROLES).toContain(r);
    expect(ROLES.filter((r) => roleMay(r, 'user.manage'))).toEqual(['admin']);
    expect(ROLES.filter((r) => roleMay(r, 'settings.write'))).toEqual(['admin']);
    expect(roleMay('clerk', 'audit.read')).toBe(false);
  });
});

describe('appendTo', () => {
  it('groups values under their keys in the order they come, one list per key', () => {
    const groups = new Map<string, number[]>();
    for (const [k, v] of [['甲', 1], ['乙', 2], ['甲', 3]] as const) appendTo(groups, k, v);
    expect([...groups]).toEqual([['甲', [1, 3]], ['乙', [2]]]);
  });
});
