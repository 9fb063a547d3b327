import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openApp } from '../../../src-main/app/appContext';
import { createDispatcher } from '../../../src-main/services/dispatcher';
import { addDocuments } from '../../helpers/annotationFixture';
import { seedSmallCourt } from '../../helpers/smallCourt';

const dir = mkdtempSync(join(tmpdir(), 'court-desk-durable-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a crash loses no acknowledged annotation', () => {
  it('SIGKILL mid-loop: every acknowledged save is in the database and the audit chain verifies', async () => {
    let app = openApp(dir);
    const court = seedSmallCourt(app);
    const [documentId] = addDocuments(app, court.caseIds[0]!, [{ pages: 5 }]);
    app.close();

    const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'saveLoopChild.ts'), dir, documentId!, court.password], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const acknowledged: string[] = [];
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('close', (_code, signal) => resolve(signal)));
    let pending = '';
    child.stdout.on('data', (d: Buffer) => {
      pending += d.toString();
      const lines = pending.split('\n');
      pending = lines.pop()!;
      for (const line of lines) acknowledged.push(line.split(' ')[1]!);
      if (acknowledged.length >= 200 && !child.killed) child.kill('SIGKILL'); // mid-loop, mid-write most likely
    });
    const signal = await exited;
    expect(signal, stderr).toBe('SIGKILL');
    expect(acknowledged.length).toBeGreaterThanOrEqual(200);

    app = openApp(dir);
    try {
      const stored = new Set((app.db.prepare('SELECT id FROM annotations WHERE deleted_at IS NULL').all() as { id: string }[]).map((r) => r.id));
      const lost = acknowledged.filter((id) => !stored.has(id));
      expect(lost).toEqual([]);
      // At most the one call in flight when the process died may be stored without its acknowledgement.
      expect(stored.size - acknowledged.length).toBeLessThanOrEqual(1);
      const dispatch = createDispatcher(app);
      const login = await dispatch({ name: 'auth.login', input: { userName: 'admin', password: court.password } }, { via: 'test' });
      const sessionId = (login as { value: { sessionId: string } }).value.sessionId;
      const verify = await dispatch({ name: 'audit.verify', input: {}, sessionId }, { via: 'test' });
      expect(verify).toMatchObject({ ok: true, value: { intact: true, problems: [] } });
    } finally {
      app.close();
    }
  }, 60_000);
});
