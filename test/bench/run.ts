// The bench harness: `npm run bench -- <name> [--runs N]` runs test/bench/benches/<name>.ts and prints JSON.
// `npm run bench` alone runs every bench. Figures are printed, never asserted.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Bench {
  name: string;
  description: string;
  run(options: { runs: number }): Promise<Record<string, unknown>>;
}

const here = dirname(fileURLToPath(import.meta.url));
const available = readdirSync(join(here, 'benches')).filter((f) => f.endsWith('.ts')).map((f) => f.slice(0, -3));
const args = process.argv.slice(2);
const runsFlag = args.indexOf('--runs');
const runs = runsFlag >= 0 ? Number(args[runsFlag + 1]) : 15;
const names = args.filter((a, i) => !a.startsWith('--') && (runsFlag < 0 || i !== runsFlag + 1));
const unknown = names.filter((n) => !available.includes(n));
if (unknown.length) {
  console.error(`未知的基准测试 Unknown bench: ${unknown.join(', ')}. Available: ${available.join(', ')}`);
  process.exit(2);
}
for (const name of names.length ? names : available) {
  const bench = (await import(join(here, 'benches', `${name}.ts`))).default as Bench;
  const figures = await bench.run({ runs });
  console.log(JSON.stringify({ bench: bench.name, description: bench.description, runs, ...figures, node: process.version }, null, 2));
}
