// Shared by the browser checks: launching the system Chromium (never a downloaded one).
import { chromium } from 'playwright-core';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function chromiumPath() {
  const candidates = [process.env.CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    console.error(`Chromium not found (tried ${candidates.join(', ')}); install it with: apt-get install -y chromium`);
    process.exit(2);
  }
  return found;
}

/// A persistent context on a fresh, throw-away profile directory. Returns { context, close }.
export async function launch() {
  const profile = mkdtempSync(join(tmpdir(), 'seloste-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync',
    ],
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
