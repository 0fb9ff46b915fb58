// Shared set-up for the end-to-end suites: Debian's Chromium driven by playwright-core, never a
// downloaded browser, against the release build served on 127.0.0.1.
import { chromium } from 'playwright-core';
import { mkdir } from 'node:fs/promises';
import { startServer } from './server.mjs';

export const SCREENS = ['treatment', 'absorption', 'collagen', 'compare', 'learn'];
export const SHOTS = 'target/screenshots';

export async function launch() {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
  const server = await startServer({ root: 'dist' });
  await mkdir(SHOTS, { recursive: true });
  return { browser, server };
}

/** Opens a page at `query`, collecting console errors and uncaught exceptions. */
export async function open(browser, base, query = '', { width = 1280, height = 900, reducedMotion, bypassCSP = false, deviceScaleFactor = 1 } = {}) {
  const context = await browser.newContext({
    viewport: { width, height },
    deviceScaleFactor,
    reducedMotion: reducedMotion ?? 'no-preference',
    // Only for tests that inject a tool (axe-core, gremlins.js); the CSP gate never bypasses.
    bypassCSP,
  });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(base + query);
  await page.waitForSelector('[data-testid="app-header"]', { state: 'attached' });
  return { page, context, errors };
}
