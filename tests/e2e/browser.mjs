// Shared set-up for the end-to-end suites: Debian's Chromium driven by playwright-core, never a
// downloaded browser, against the release build served by Caddy through the repository's Caddyfile
// (tests/e2e/server.mjs) on 127.0.0.1 and a free port.
//
// Close everything a test opens, whatever its assertions do:
//   const env = await launch();          // { browser, server, close }
//   after(env.close);                    // or t.after(env.close), or try { ... } finally { await env.close(); }
//   const { page, context, close } = await open(env.browser, env.server.url, '?screen=absorption');
//   t.after(close);                      // closes the context, even when an assertion fails
// Every `close` is safe to call twice. scripts/test.sh also gives each test a timeout, so a hang
// becomes a failure with a message instead of a suite that never ends.
import { chromium } from 'playwright-core';
import { mkdir } from 'node:fs/promises';
import { startSite } from './server.mjs';

export const SCREENS = ['treatment', 'absorption', 'collagen', 'compare', 'learn'];
export const SHOTS = 'target/screenshots';

/** Debian's Chromium, headless, with nothing that calls the network by itself. */
export function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
}

/** Closes each of `things` (anything with a `close`), all of them even if one fails. */
export async function closeAll(...things) {
  const results = await Promise.allSettled(things.filter(Boolean).map((t) => t.close()));
  const failed = results.find((r) => r.status === 'rejected');
  if (failed) throw failed.reason;
}

/** A browser and the release build served by Caddy; `close` stops both. */
export async function launch() {
  await mkdir(SHOTS, { recursive: true });
  const browser = await launchBrowser();
  let server;
  try {
    server = await startSite({ root: 'dist' });
  } catch (e) {
    await browser.close();
    throw e;
  }
  let closing;
  const close = () => (closing ??= closeAll(browser, server));
  return { browser, server, close, [Symbol.asyncDispose]: close };
}

/** Opens a page at `query`, collecting console errors and uncaught exceptions; `close` closes its context. */
export async function open(browser, base, query = '', { width = 1280, height = 900, reducedMotion, bypassCSP = false, deviceScaleFactor = 1 } = {}) {
  const context = await browser.newContext({
    viewport: { width, height },
    deviceScaleFactor,
    reducedMotion: reducedMotion ?? 'no-preference',
    // Only for tests that inject a tool (axe-core, gremlins.js); the CSP gate never bypasses.
    bypassCSP,
  });
  const close = () => context.close();
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(base + query);
    await page.waitForSelector('[data-testid="app-header"]', { state: 'attached' });
    return { page, context, errors, close, [Symbol.asyncDispose]: close };
  } catch (e) {
    await context.close();
    throw e;
  }
}
