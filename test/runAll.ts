// `npm test`: type-check, lint (with the layer rules), the Electron security scan, unit + integration tests,
// then the end-to-end tests in Chromium. Every step runs; the summary names the ones that failed.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { findChromium } from './e2e/findChromium';

interface Step { name: string; cmd: string[]; vitestJson?: string }

const results = 'test-results';
rmSync(`${results}/vitest-unit.json`, { force: true });
rmSync(`${results}/vitest-e2e.json`, { force: true });
mkdirSync(results, { recursive: true });
const steps: Step[] = [
  { name: 'typecheck', cmd: ['npx', 'tsc', '-p', 'tsconfig.json'] },
  { name: 'lint', cmd: ['npm', 'run', '-s', 'lint'] },
  { name: 'electron security', cmd: ['node', 'test/security/electronegativity.mjs'] },
  { name: 'unit + integration', cmd: vitest('unit'), vitestJson: `${results}/vitest-unit.json` },
];

const chromium = findChromium();
if (chromium) steps.push({ name: 'e2e (Chromium)', cmd: vitest('e2e'), vitestJson: `${results}/vitest-e2e.json` });
else if (process.env.REQUIRE_E2E === '1') {
  console.error('*** E2E REQUIRED (REQUIRE_E2E=1) BUT NO CHROMIUM FOUND: set CHROMIUM_PATH or install chromium ***');
  process.exitCode = 1;
} else console.error('*** E2E SKIPPED: no Chromium found (set CHROMIUM_PATH or install chromium; REQUIRE_E2E=1 makes this fail) ***');

function vitest(project: string): string[] {
  return ['npx', 'vitest', 'run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${results}/vitest-${project}.json`];
}

const failed: string[] = [];
let passedTests = 0, failedTests = 0, skippedTests = 0;
for (const step of steps) {
  console.log(`\n▶ ${step.name}`);
  const started = Date.now();
  const r = spawnSync(step.cmd[0]!, step.cmd.slice(1), { stdio: 'inherit', env: { ...process.env, CHROMIUM_PATH: chromium ?? '' } });
  console.log(`${r.status === 0 ? '✔' : '✘'} ${step.name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  if (r.status !== 0) failed.push(step.name);
  if (step.vitestJson) {
    try {
      const json = JSON.parse(readFileSync(step.vitestJson, 'utf8')) as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number };
      passedTests += json.numPassedTests;
      failedTests += json.numFailedTests;
      skippedTests += json.numPendingTests + json.numTodoTests;
    } catch {
      failedTests += 1; // the runner died before writing its report
    }
  }
}

console.log(`\n${failed.length ? `failed steps: ${failed.join(', ')}` : 'all steps passed'}`);
console.log(`tests: ${passedTests} passed, ${failedTests} failed, ${skippedTests} skipped`);
if (failed.length) process.exitCode = 1;
