import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/** The names a Chromium or Chrome binary goes by on Linux and macOS, most likely first. */
export const CHROME_NAMES = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome', 'chrome'];
/** Absolute locations tried after PATH (macOS application bundles). */
const WELL_KNOWN = [
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** True when the file exists and can be executed. */
function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Finds a Chromium: `CHROME_PATH` first, then the usual names on PATH, then well-known locations. */
export function findChrome(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.CHROME_PATH) return isExecutable(env.CHROME_PATH) ? env.CHROME_PATH : undefined;
  const dirs = (env.PATH ?? '').split(delimiter).filter(Boolean);
  for (const name of CHROME_NAMES) {
    for (const dir of dirs) {
      const candidate = join(dir, name);
      if (isExecutable(candidate)) return candidate;
    }
  }
  return WELL_KNOWN.find(isExecutable);
}

/** The flags every Chrome needs, whoever runs it: headless, and no calls to Google's services. */
const CHROME_COMMON_FLAGS = [
  '--headless=new',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-extensions',
];

/**
 * The flags a Chrome we start needs, with `--no-sandbox` only when it runs as root, where Chrome
 * refuses to start sandboxed; any other user keeps the sandbox between the pages it loads and the
 * machine.
 */
export function chromeFlags(asRoot: boolean): string[] {
  return [...CHROME_COMMON_FLAGS, ...(asRoot ? ['--no-sandbox'] : [])];
}

/** The flags of this process's Chrome, which runs as this process's user: see chromeFlags. */
export const CHROME_FLAGS = chromeFlags(process.getuid?.() === 0);
