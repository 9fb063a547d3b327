import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CALLS_BY_NAME } from '../../src-shared/contract/contract';
import { defineCall, needs } from '../../src-shared/contract/defineCall';
import { createDispatcher } from '../../src-main/services/dispatcher';
import { HANDLERS } from '../../src-main/services/handlers';
import type { CallContext } from '../../src-main/services/callContext';
import type { WriteTx } from '../../src-main/write/writeTx';
import { uuidv7 } from '../../src-shared/util/uuidv7';
import { createTestApp, type TestApp } from '../helpers/testApp';

let t: TestApp;
afterEach(() => t?.close());

// A real call, defined like every other, whose handler writes through the write path and then fails.
const failingCall = defineCall({
  name: 'test.writeThenThrow',
  summary: '测试：写入后抛出异常',
  access: needs('case.write'),
  input: z.strictObject({ caseId: z.string() }),
  output: z.object({}),
  errors: [],
  example: { caseId: 'x' },
  writes: true,
});

/** Runs `work` inside the write path as the body of `test.writeThenThrow`, called by the clerk; returns the result. */
async function runFailingCommand(work: (tx: WriteTx, caseId: string) => void) {
  const calls = new Map(CALLS_BY_NAME).set(failingCall.name, failingCall);
  const handlers = {
    ...HANDLERS,
    [failingCall.name]: (input: { caseId: string }, ctx: CallContext) => ctx.write(input.caseId, (tx) => work(tx, input.caseId)),
  } as unknown as Record<string, (input: unknown, ctx: CallContext) => unknown>;
  const dispatch = createDispatcher(t.app, calls, handlers);
  const clerk = await t.login('clerk');
  const before = t.fingerprint();
  const result = await dispatch({ name: failingCall.name, input: { caseId: t.court.caseIds[0] }, sessionId: clerk }, { via: 'test' });
  return { result, before };
}

describe('the one write path', () => {
  it('a handler that throws leaves no row, no audit entry and no outbox row', async () => {
    t = createTestApp();
    const { result, before } = await runFailingCommand((tx, caseId) => {
      tx.update('case', caseId, { cause: '已被改动' });
      tx.insert('case_event', uuidv7(), { case_id: caseId, stage: 'service', at: 'now', actor_name: 'x' });
      throw new Error('disk exploded halfway');
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL', message: expect.stringMatching(/数据未改变/) } });
    expect(t.fingerprint()).toEqual(before);
  });

  it('a constraint failure halfway through a command rolls the whole command back', async () => {
    t = createTestApp();
    const { result, before } = await runFailingCommand((tx, caseId) => {
      tx.update('case', caseId, { stage: 'service' });
      // A party of a case that does not exist: the foreign key refuses it inside the transaction.
      tx.insert('party', uuidv7(), { case_id: uuidv7(), role: 'plaintiff', name: '无案当事人', kind: 'person' });
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(t.fingerprint()).toEqual(before);
  });

  it('records every change in the audit log and the outbox, with increasing mutation ids and base versions', async () => {
    t = createTestApp();
    const judge = await t.login('judge');
    const id = t.court.caseIds[1]!;
    const first = await t.call('cases.advanceStage', { id, toStage: 'service', note: '已送达起诉状', baseVersion: 1 }, judge);
    expect(first).toMatchObject({ ok: true, value: { stage: 'service', version: 2 } });
    const second = await t.call('cases.advanceStage', { id, toStage: 'scheduling', baseVersion: 2 }, judge);
    expect(second.ok).toBe(true);

    const outbox = t.app.db.prepare(`SELECT * FROM outbox WHERE call = 'cases.advanceStage' ORDER BY mutation_id`).all() as {
      mutation_id: number; changes: string;
    }[];
    expect(outbox).toHaveLength(2);
    expect(outbox[1]!.mutation_id).toBeGreaterThan(outbox[0]!.mutation_id);
    const changes = JSON.parse(outbox[1]!.changes);
    expect(changes[0]).toEqual({ entity: 'case', id, op: 'update', fields: { stage: 'scheduling', updated_at: expect.any(String) }, base_version: 2 });
    expect(changes[1]).toMatchObject({ entity: 'case_event', op: 'insert', base_version: 0, fields: { case_id: id, stage: 'scheduling' } });

    const audit = t.app.db.prepare(`SELECT * FROM audit_log WHERE case_id = ? ORDER BY seq`).all(id) as Record<string, string>[];
    expect(audit).toHaveLength(2);
    expect(audit[0]).toMatchObject({ user_name: 'judge', role: 'judge', via: 'test', call: 'cases.advanceStage' });
  });

  it('a stale base version is a conflict that changes nothing (the last writer never silently wins)', async () => {
    t = createTestApp();
    const judge = await t.login('judge');
    const clerk = await t.login('clerk');
    const id = t.court.caseIds[2]!;
    expect((await t.call('cases.advanceStage', { id, toStage: 'service', baseVersion: 1 }, judge)).ok).toBe(true);
    const before = t.fingerprint();
    const stale = await t.call('cases.advanceStage', { id, toStage: 'scheduling', baseVersion: 1 }, clerk);
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(t.fingerprint()).toEqual(before);
  });

  it('refuses to move a case backwards, in Chinese', async () => {
    t = createTestApp();
    const judge = await t.login('judge');
    const id = t.court.caseIds[0]!;
    await t.call('cases.advanceStage', { id, toStage: 'hearing', baseVersion: 1 }, judge);
    const back = await t.call('cases.advanceStage', { id, toStage: 'service', baseVersion: 2 }, judge);
    expect(back).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('开庭') } });
  });

  it('passwords and session tokens never reach the outbox or the log file', async () => {
    t = createTestApp();
    await t.login('clerk');
    const outbox = JSON.stringify(t.app.db.prepare('SELECT changes FROM outbox').all());
    expect(outbox).not.toContain(t.court.password);
    expect(outbox).not.toMatch(/token_hash":"[0-9a-f]{64}/);
    const { readFileSync } = await import('node:fs');
    const log = readFileSync(`${t.dir}/logs/court-desk.log`, 'utf8');
    expect(log).toContain('"call":"auth.login"');
    expect(log).not.toContain(t.court.password);
  });
});
