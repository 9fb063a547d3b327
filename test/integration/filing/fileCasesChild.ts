import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { openApp } from '../../../src-main/app/appContext';
import { createDispatcher } from '../../../src-main/services/dispatcher';
import { filingInput } from '../../helpers/filingInput';

/**
 * A second (and third) process filing cases into the same data folder: logs in as the centre user and
 * starts `count` filings at once through the real dispatcher, then prints the numbers it got as JSON. Before
 * filing it waits until every process of the test is ready (a file per process in the data folder), so the
 * processes file at the same time rather than one after the other.
 */
const [dir, password, countText, tag, processesText] = process.argv.slice(2);
const app = openApp(dir!);
const dispatch = createDispatcher(app);
const call = (name: string, input: unknown, sessionId?: string) => dispatch({ name, input, sessionId }, { via: 'test' });

const login = await call('auth.login', { userName: 'center', password });
if (!login.ok) throw new Error(login.error.message);
const sessionId = (login.value as { sessionId: string }).sessionId;
const count = Number(countText);
writeFileSync(join(dir!, `ready-${tag}`), '');
const tags = Array.from({ length: Number(processesText) }, (_, i) => i + 1);
for (let waited = 0; !tags.every((t) => existsSync(join(dir!, `ready-${t}`))); waited += 5) {
  if (waited > 60_000) throw new Error('the other process never got ready');
  await sleep(5);
}
const results = await Promise.all(
  Array.from({ length: count }, (_, i) => call('filing.create', filingInput(Number(tag) * 1000 + i), sessionId)),
);
const failed = results.filter((r) => !r.ok);
const numbers = results.flatMap((r) => (r.ok ? [(r.value as { caseNumber: string }).caseNumber] : []));
process.stdout.write(JSON.stringify({ numbers, failed: failed.map((r) => (r.ok ? null : r.error)) }));
app.close();
