// Child process of transcriptKillFlow.test.ts: the app's web door on a data folder with a fixed port and token,
// as `npm run web` runs it. It loads its code first and opens the data folder only when the parent writes a line
// to stdin, so a restart after a kill is quick; the parent kills it with SIGKILL while Chromium types.
import { once } from 'node:events';
import { openApp } from '../../src-main/app/appContext';
import { createDispatcher } from '../../src-main/services/dispatcher';
import { startWebServer } from '../../src-main/web/webServer';

const [dataDir, port, token, rendererDir] = process.argv.slice(2) as [string, string, string, string];
process.stdout.write('loaded\n');
await once(process.stdin, 'data');
const app = openApp(dataDir);
const server = await startWebServer({ app, dispatch: createDispatcher(app), rendererDir, port: Number(port), token });
process.stdout.write(`ready ${server.url}\n`);
