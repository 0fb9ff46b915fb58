// End-to-end tests of the shell and the screens, in real headless Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { closeAll, launch, open, SCREENS, SHOTS } from './browser.mjs';

let browser, server;
before(async () => ({ browser, server } = await launch()));
after(() => closeAll(browser, server));

for (const screen of SCREENS) {
  for (const width of [360, 1280]) {
    for (const [theme, lang] of [['light', 'en'], ['light', 'es'], ['projector', 'en'], ['dark', 'es']]) {
      test(`${screen} loads at ${width}px, ${theme}, ${lang}, with no console error`, async (t) => {
        const { page, context, errors } = await open(
          browser, server.url, `?screen=${screen}&theme=${theme}&lang=${lang}&motion=reduce`, { width },
        );
        t.after(() => context.close());
        await page.waitForSelector(`[data-testid="nav-${screen}"] [aria-current="page"]`);
        assert.equal(await page.getAttribute('html', 'lang'), lang);
        assert.equal(await page.getAttribute('html', 'data-theme'), theme);
        const text = await page.innerText('body');
        for (const bad of ['NaN', 'undefined', 'Infinity']) assert.ok(!text.includes(bad), `shows ${bad}`);
        // No horizontal scrolling on a phone.
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `page is ${overflow}px wider than the viewport`);
        await page.screenshot({ path: `${SHOTS}/${screen}-${width}-${theme}-${lang}.png`, fullPage: true });
        assert.deepEqual(errors, []);
      });
    }
  }
}

test('lang=es gives Spanish and <html lang="es">', async (t) => {
  const { page, context } = await open(browser, server.url, '?lang=es');
  t.after(() => context.close());
  await page.waitForFunction(() => document.documentElement.lang === 'es');
  assert.equal(await page.innerText('[data-testid="nav-learn"]'), 'Aprender');
  assert.match(await page.innerText('[data-testid="app-header"]'), /no es consejo médico/);
});

test('the browser language is used when the URL has none', async (t) => {
  const context = await browser.newContext({ locale: 'es-MX' });
  t.after(() => context.close());
  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForFunction(() => document.documentElement.lang === 'es');
  assert.equal(await page.innerText('[data-testid="nav-learn"]'), 'Aprender');
});

test('a bad value shows the notice and the default', async (t) => {
  const { page, context, errors } = await open(browser, server.url, '?theme=neon&depth=1e308&lang=xx');
  t.after(() => context.close());
  const notice = page.locator('[data-testid="notice"]');
  await notice.waitFor();
  assert.equal(await notice.getAttribute('role'), 'status');
  const text = await notice.innerText();
  assert.match(text, /theme/);
  assert.match(text, /neon/);
  assert.match(text, /depth/);
  assert.equal(await page.getAttribute('html', 'data-theme'), 'light');
  assert.deepEqual(errors, []);
});

test('hostile values are shown as text, never as markup or style', async (t) => {
  const hostile = encodeURIComponent('<img src=x onerror=alert(1)>');
  const { page, context, errors } = await open(browser, server.url, `?region=${hostile}&accent=red;background:url(x)`);
  t.after(() => context.close());
  let dialogs = 0;
  page.on('dialog', (d) => { dialogs += 1; d.dismiss(); });
  await page.locator('[data-testid="notice"]').waitFor();
  assert.equal(await page.locator('[data-testid="notice"] img').count(), 0);
  assert.match(await page.innerText('[data-testid="notice"]'), /<img/);
  assert.equal(dialogs, 0);
  assert.deepEqual(errors, []);
});

test('moving a control replaces the history entry', async (t) => {
  const { page, context } = await open(browser, server.url, '?motion=reduce');
  t.after(() => context.close());
  const before = await page.evaluate(() => history.length);
  await page.selectOption('[data-testid="theme-select"]', 'dark');
  await page.waitForFunction(() => location.search.includes('theme=dark'));
  await page.selectOption('[data-testid="lang-select"]', 'es');
  await page.waitForFunction(() => location.search.includes('lang=es'));
  await page.click('[data-testid="nav-learn"]');
  await page.click('[data-testid="footer-sources"]');
  assert.equal(await page.evaluate(() => history.length), before);
  assert.equal(await page.getAttribute('html', 'lang'), 'es');
});

test('keyboard alone reaches every control, and Space toggles play', async (t) => {
  const { page, context } = await open(browser, server.url, '?motion=reduce', { width: 1280 });
  t.after(() => context.close());
  const total = await page.evaluate(() => {
    const sel = 'a[href], button, select, input, textarea, [tabindex]:not([tabindex="-1"])';
    // Controls in a closed disclosure are reached once it is opened.
    const shown = (e) => e.getClientRects().length > 0 && !e.closest('details:not([open]) > :not(summary)');
    const els = [...document.querySelectorAll(sel)].filter(shown);
    els.forEach((e, i) => e.setAttribute('data-kbd', String(i)));
    return els.length;
  });
  assert.ok(total >= 10, `only ${total} controls found`);
  const reached = new Set();
  for (let i = 0; i < total + 5; i++) {
    await page.keyboard.press('Tab');
    const k = await page.evaluate(() => document.activeElement?.getAttribute('data-kbd'));
    if (k !== null && k !== undefined) reached.add(k);
  }
  assert.equal(reached.size, total, `Tab reached ${reached.size} of ${total} controls`);
  await page.focus('[data-testid="play-pause"]');
  await page.keyboard.press('Space');
  assert.equal(await page.getAttribute('[data-testid="play-pause"]', 'aria-pressed'), 'true');
});

test('reduced motion: nothing plays by itself; otherwise the journey plays', async (t) => {
  const reduced = await open(browser, server.url, '?screen=learn', { reducedMotion: 'reduce' });
  t.after(() => reduced.context.close());
  assert.equal(await reduced.page.getAttribute('[data-testid="play-pause"]', 'aria-pressed'), 'false');
  await reduced.context.close();
  const moving = await open(browser, server.url, '?screen=learn');
  t.after(() => moving.context.close());
  assert.equal(await moving.page.getAttribute('[data-testid="play-pause"]', 'aria-pressed'), 'true');
  const first = await moving.page.innerText('[data-testid="journey-stage"]');
  await moving.page.waitForFunction(
    (t) => document.querySelector('[data-testid="journey-stage"]').innerText !== t, first, { timeout: 10000 },
  );
  await moving.context.close();
});
