// One way to start Debian's Chromium for every end-to-end test. Test machines reach only
// the package registries, so the browser comes from apt (/usr/bin/chromium), never a download.
import { chromium, type BrowserContext } from 'playwright-core';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The built Chrome extension (`npm run build:ext`). */
export const EXTENSION_DIR = join(import.meta.dirname, '..', '..', '.output', 'chrome-mv3');

// Without these, Chromium keeps trying to reach Google's hosts, which this network refuses.
const QUIET = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
];

export interface Launched {
  context: BrowserContext;
  /** The extension's id, when one was loaded. */
  extensionId: string | null;
  close(): Promise<void>;
}

export async function launchChromium(options: { extensionDir?: string } = {}): Promise<Launched> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'oss-assist-e2e-'));
  const args = [...QUIET];
  if (options.extensionDir) {
    // Playwright passes --disable-extensions by default; it must not win over these.
    args.push(`--disable-extensions-except=${options.extensionDir}`, `--load-extension=${options.extensionDir}`);
    // Lets a test press the toolbar button over CDP (Extensions.triggerAction), which grants
    // activeTab exactly as a person's click does.
    args.push('--enable-unsafe-extension-debugging');
  }
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless=new', ...args],
    ignoreDefaultArgs: options.extensionDir ? ['--disable-extensions'] : [],
  });
  let extensionId: string | null = null;
  if (options.extensionDir) {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
    extensionId = new URL(worker.url()).host;
  }
  return {
    context,
    extensionId,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Chromium with the built extension loaded; a clear message when the build is missing. */
export async function launchBuiltExtension(): Promise<Launched> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`${EXTENSION_DIR} is missing: run "npm run build:ext" first`);
  }
  return launchChromium({ extensionDir: EXTENSION_DIR });
}
