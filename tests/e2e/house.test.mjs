// The house rules, end to end: the screen registry is the one list of screens, every screen opens
// at its own beginning on the shared clock, and a Spanish page has no English left and writes its
// numbers with a decimal comma.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { launch, open, SCREENS } from './browser.mjs';

let browser;
let server;
before(async () => ({ browser, server } = await launch()));
after(async () => {
  await browser?.close();
  await server?.close();
});

/** The screens the navigation lists (the registry, as the page shows it). */
const navScreens = (page) =>
  page.locator('nav [data-testid^="nav-"]').evaluateAll((as) => as.map((a) => a.dataset.testid.slice(4)));

/** The first whole number of the time controls' position text ("Pass 1 of 3 · …" → 1). */
async function position(page) {
  const text = await page.locator('[data-testid="time-position"]').textContent();
  const m = text.match(/\d+/);
  assert.ok(m, `a number in "${text}"`);
  return { n: Number(m[0]), text };
}

async function openScreen(page, key) {
  await page.click(`[data-testid="nav-${key}"]`);
  await page.waitForSelector(`[data-testid="nav-${key}"] [aria-current="page"]`);
}

test('the navigation lists the registry, and the e2e list of screens agrees with it', async () => {
  const { page, context, errors } = await open(browser, server.url, '?motion=reduce');
  try {
    assert.deepEqual(await navScreens(page), SCREENS);
    // The number keys follow the same list: 2 opens the second screen.
    await page.locator('body').press('2');
    await page.waitForSelector(`[data-testid="nav-${SCREENS[1]}"] [aria-current="page"]`);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('after Collagen has played, Treatment opens at pass 1 and Learn at stage 1', async () => {
  const { page, context, errors } = await open(browser, server.url, '?screen=collagen&motion=reduce');
  try {
    await page.waitForSelector('[data-testid="time-position"]');
    const start = await position(page);
    await page.click('[data-testid="play-pause"]');
    // Play until the month has moved on by two (about four seconds at normal speed).
    await page.waitForFunction(
      (from) => Number((document.querySelector('[data-testid="time-position"]')?.textContent ?? '').match(/\d+/)?.[0]) >= from + 2,
      start.n,
      { timeout: 20_000 },
    );
    const played = await position(page);
    assert.ok(played.n > start.n, `Collagen played: ${start.text} → ${played.text}`);

    await openScreen(page, 'treatment');
    const pass = await position(page);
    assert.equal(pass.n, 1, `Treatment opens at its first pass: "${pass.text}"`);
    // Reduced motion: opening a screen starts nothing by itself.
    assert.equal(await page.locator('[data-testid="play-pause"]').getAttribute('aria-pressed'), 'false');

    await openScreen(page, 'learn');
    const stage = await position(page);
    assert.equal(stage.n, 1, `Learn opens at its first stage: "${stage.text}"`);
    assert.match(await page.locator('[data-testid="journey-stage"]').textContent(), /\S/);

    // A moment named in the URL still counts: Collagen reopens at the URL's month (it was left
    // playing, so the URL kept the month it opened at).
    await openScreen(page, 'collagen');
    assert.equal((await position(page)).n, start.n, 'Collagen opens at the month in the URL');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

/** Every string of the English locale files whose Spanish translation differs, as matchers. */
async function englishOnly() {
  const flat = (o, prefix = '', out = {}) => {
    for (const [k, v] of Object.entries(o)) {
      if (typeof v === 'string') out[prefix + k] = v;
      else if (v && typeof v === 'object') flat(v, `${prefix}${k}.`, out);
    }
    return out;
  };
  const matchers = [];
  for (const file of await readdir('locales/en')) {
    const en = flat(JSON.parse(await readFile(`locales/en/${file}`, 'utf8')));
    const es = flat(JSON.parse(await readFile(`locales/es/${file}`, 'utf8')));
    for (const [key, value] of Object.entries(en)) {
      if (es[key] === value) continue;
      const literal = value.replace(/\{[a-z_]+\}/g, '').trim();
      // Too short to tell the languages apart ("h", "%"), or nothing but placeholders.
      if (literal.replace(/[^\p{L}]/gu, '').length < 4) continue;
      const pattern = value
        .split(/\{[a-z_]+\}/)
        .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('.+?');
      matchers.push({ key: `${file} ${key}`, value, re: new RegExp(`^\\s*${pattern}\\s*$`, 's') });
    }
  }
  return matchers;
}

/** Every text node and label of the app (closed disclosures included; code in the embed box not). */
const pageTexts = (page) =>
  page.evaluate(() => {
    const out = [];
    const app = document.querySelector('.app');
    const walk = document.createTreeWalker(app, NodeFilter.SHOW_TEXT);
    for (let n = walk.nextNode(); n; n = walk.nextNode()) {
      if (n.parentElement?.closest('textarea, script, style')) continue;
      const t = n.textContent.trim();
      if (t) out.push(t);
    }
    for (const el of app.querySelectorAll('[aria-label], [title], [alt], [placeholder]')) {
      for (const a of ['aria-label', 'title', 'alt', 'placeholder']) {
        const v = el.getAttribute(a);
        if (v) out.push(v.trim());
      }
    }
    return out;
  });

test('a Spanish page has no English left on any screen', async () => {
  const matchers = await englishOnly();
  assert.ok(matchers.length > 100, `${matchers.length} English strings to look for`);
  const { page, context, errors } = await open(browser, server.url, '?lang=es&motion=reduce');
  try {
    const left = [];
    const screens = await navScreens(page);
    assert.ok(screens.length >= 5);
    for (const screen of screens) {
      await openScreen(page, screen);
      // Learn builds its article a frame later; the chart and tables follow their data.
      await page.waitForTimeout(400);
      for (const text of await pageTexts(page)) {
        const hit = matchers.find((m) => m.re.test(text));
        if (hit) left.push(`${screen}: "${text}" (${hit.key})`);
      }
    }
    // The shortcut list and the tour are part of every screen.
    await page.click('[data-testid="shortcuts-open"]');
    for (const text of await pageTexts(page)) {
      const hit = matchers.find((m) => m.re.test(text));
      if (hit) left.push(`shortcuts: "${text}" (${hit.key})`);
    }
    await page.click('[data-testid="shortcuts-close"]');
    // The embed code names the frame in Spanish.
    const snippet = await page.locator('[data-testid="embed-snippet"]').inputValue();
    assert.match(snippet, /<iframe title="Explorador de micropunción"/);
    assert.deepEqual(left, [], `English left on a Spanish page:\n${left.join('\n')}`);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('Spanish numbers have a decimal comma: slider, notice, readout, warning and table', async () => {
  const comma = /\d,\d/;
  const point = /\d\.\d/;
  const { page, context, errors } = await open(
    browser, server.url, '?screen=treatment&lang=es&region=eyelid&depth=1.5&motion=reduce',
  );
  try {
    // A slider's label (widgets::slider).
    const slider = await page.locator('label:has([data-testid="depth-input"]) output').textContent();
    assert.equal(slider.trim(), '1,5');
    // A readout (the Treatment screen's real depth).
    const depth = await page.locator('[data-testid="real-depth-mm"]').textContent();
    assert.match(depth, comma, `readout "${depth}"`);
    assert.doesNotMatch(depth, point);
    // A filled warning: the longest needle advised on the eyelid, 0.5 mm.
    const warning = await page.locator('[data-testid="treatment-warning"]').textContent();
    assert.match(warning, /0,5/, `warning "${warning}"`);
    assert.doesNotMatch(warning, point);

    // The notice about a clamped link value (an at-home roller goes to 0.5 mm at most).
    await page.goto(`${server.url}?screen=absorption&device=home-roller&depth=3&lang=es&motion=reduce`);
    const notice = await page.locator('[data-testid="notice"]').textContent();
    assert.match(notice, /0,5/, `notice "${notice}"`);

    // A table behind a chart: its numbers with a comma, none with a point.
    const cells = await page.locator('[data-testid="absorption-table"] tbody td, [data-testid="absorption-table"] tbody th')
      .evaluateAll((cs) => cs.map((c) => c.textContent.trim()));
    assert.ok(cells.length > 10, `${cells.length} cells`);
    assert.ok(cells.some((c) => comma.test(c)), `a decimal comma in ${cells.slice(0, 12).join(' | ')}`);
    assert.deepEqual(cells.filter((c) => point.test(c)), [], 'no decimal point in the table');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
