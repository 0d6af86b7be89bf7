// Debian's Chromium, driven by playwright-core (no browser download): the flags keep it from
// reaching for Google's hosts, which this machine's closed network refuses.
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { loadConfig, projectRoot } from '../../server/config.ts';
import { explorerOnSeeds, type ApiClient } from './api.ts';

const flags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchChromium(): Promise<Browser> {
  const executablePath = loadConfig().chromiumPath;
  if (!existsSync(executablePath)) {
    throw new Error(`no Chromium at ${executablePath}: install Debian's package (apt-get install chromium) or set CHROMIUM_PATH`);
  }
  return chromium.launch({ executablePath, args: flags });
}

export interface ExplorerInChromium {
  readonly explorer: ApiClient;
  readonly browser: Browser;
}

/**
 * The explorer on the seeds and a Chromium for a test file: started before its tests, closed
 * after them. Read them in the tests (they exist once the file's beforeAll has run).
 */
export function explorerInChromium(): ExplorerInChromium {
  let explorer: ApiClient | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    explorer = await explorerOnSeeds();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await explorer?.close();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('explorerInChromium: read in a test, after beforeAll');
    return value;
  };
  return {
    get explorer() {
      return started(explorer);
    },
    get browser() {
      return started(browser);
    },
  };
}

/** Screenshots are kept as artifacts of the run in test-artifacts/e2e/. */
export const artifactsDir = path.join(projectRoot, 'test-artifacts', 'e2e');

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(artifactsDir, { recursive: true });
  const file = path.join(artifactsDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: false });
  return file;
}

/** Collects console errors and page errors (a CSP violation is a console error). */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}
