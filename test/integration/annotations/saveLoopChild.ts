// Child process of durability.test.ts: opens the data folder like the app does, logs in as the judge and
// saves numbered annotations one call at a time, printing each id once annotations.save has returned.
// The parent kills it with SIGKILL mid-loop.
import { writeSync } from 'node:fs';
import { openApp } from '../../../src-main/app/appContext';
import { createDispatcher } from '../../../src-main/services/dispatcher';
import { uuidv7 } from '../../../src-shared/util/uuidv7';

const [dataDir, documentId, password] = process.argv.slice(2) as [string, string, string];
const app = openApp(dataDir);
const dispatch = createDispatcher(app);
const login = await dispatch({ name: 'auth.login', input: { userName: 'judge', password } }, { via: 'test' });
if (!login.ok) throw new Error(login.error.message);
const sessionId = (login.value as { sessionId: string }).sessionId;
for (let n = 1; n <= 100_000; n++) {
  const id = uuidv7();
  const r = await dispatch({
    name: 'annotations.save',
    input: { changes: [{ op: 'upsert', annotation: {
      id, documentId, pageIndex: n % 5, kind: 'note', rects: [[10, 10, 30, 30]], color: '#FF0000', text: `第${n}条`, baseVersion: 0,
    } }] },
    sessionId,
  }, { via: 'test' });
  if (!r.ok) throw new Error(r.error.message);
  writeSync(1, `${n} ${id}\n`); // acknowledged: the call returned
}
