import { writeChineseDocument } from '../../../src-main/pdf/chineseDocument';
import type { Result } from '../../../src-shared/contract/errors';
import { createTestApp, type TestApp } from '../../helpers/testApp';

/** 2026-02-10 10:00 in China: after the filings of the small court's cases, before the Spring Festival ends. */
export const NOW = new Date('2026-02-10T02:00:00Z');

export interface ServiceKit {
  t: TestApp;
  as(user: string): Promise<<T>(name: string, input: unknown) => Promise<T>>;
  raw(user: string, name: string, input: unknown): Promise<Result<unknown>>;
  /** The parties of a small-court case: [plaintiff, defendant]. */
  parties(caseId: string): { id: string; name: string }[];
  proofPdf(text: string): Promise<Uint8Array>;
}

export function serviceKit(now: Date = NOW): ServiceKit {
  const t = createTestApp({ now: () => now });
  const sessions = new Map<string, string>();
  const session = async (user: string) => {
    if (!sessions.has(user)) sessions.set(user, await t.login(user));
    return sessions.get(user)!;
  };
  return {
    t,
    async as(user) {
      const s = await session(user);
      return async <T>(name: string, input: unknown): Promise<T> => {
        const r = await t.call(name, input, s);
        if (!r.ok) throw new Error(`${name}: ${r.error.code} ${r.error.message}`);
        return r.value as T;
      };
    },
    async raw(user, name, input) {
      return t.call(name, input, await session(user));
    },
    parties(caseId) {
      return t.app.db.prepare('SELECT id, name FROM parties WHERE case_id = ? ORDER BY position').all(caseId) as { id: string; name: string }[];
    },
    proofPdf(text) {
      return writeChineseDocument({ title: '送达回证', paragraphs: [text], createdAt: new Date('2026-02-05T00:00:00Z') });
    },
  };
}
