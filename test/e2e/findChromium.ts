import { accessSync, constants, existsSync } from 'node:fs';

/** Where Chromium may live: CHROMIUM_PATH first, then the usual Linux places. */
const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
];

const runnable = (path: string): boolean => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** The path of a Chromium to drive with playwright-core, or null when there is none. */
export function findChromium(): string | null {
  const fromEnv = process.env.CHROMIUM_PATH?.trim();
  if (fromEnv && existsSync(fromEnv) && runnable(fromEnv)) return fromEnv;
  return CANDIDATES.find((p) => existsSync(p) && runnable(p)) ?? null;
}
