import { execSync } from 'node:child_process';

/** A system Chromium: PLAYWRIGHT_CHROMIUM_PATH, else `chromium` on PATH; undefined → Playwright's own browser. */
export function findChromium(): string | undefined {
  if (process.env.PLAYWRIGHT_CHROMIUM_PATH) return process.env.PLAYWRIGHT_CHROMIUM_PATH;
  for (const name of ['chromium', 'chromium-browser']) {
    try {
      return execSync(`command -v ${name}`, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || undefined;
    } catch {
      // not on PATH: try the next name
    }
  }
  return undefined;
}
