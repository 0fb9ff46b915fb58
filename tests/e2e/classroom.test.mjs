// Educators: keyboard shortcuts and their list, the share link, PNG and CSV export, the guided
// tour, printing one page, and the projector theme, in both languages.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { closeAll, launch, open, SHOTS } from './browser.mjs';

let browser, server;
before(async () => ({ browser, server } = await launch()));
after(() => closeAll(browser, server));

/** Everything the live region has said since the page loaded (screens narrate as they play). */
const said = (page) => page.evaluate(() => window.__said);
async function recordLive(page) {
  await page.evaluate(() => {
    window.__said = [];
    const region = document.querySelector('[data-testid="live-region"]');
    new MutationObserver(() => window.__said.push(region.textContent))
      .observe(region, { childList: true, characterData: true, subtree: true });
  });
}
/** Waits until the region has said something starting with `text`. */
const hasSaid = (page, text) => page.waitForFunction((t) => window.__said.some((s) => s.startsWith(t)), text);
const pressed = (page) => page.getAttribute('[data-testid="play-pause"]', 'aria-pressed');

test('Tab reaches play/pause and Space toggles it; the shortcuts play, step, switch, reset and are announced', async (t) => {
  const { page, context, errors } = await open(browser, server.url, '?screen=absorption&motion=reduce');
  t.after(() => context.close());
  // Keyboard only: Tab until play/pause has the focus.
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.dataset.testid === 'play-pause')) break;
  }
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'play-pause');
  assert.equal(await pressed(page), 'false');
  await page.keyboard.press('Space');
  assert.equal(await pressed(page), 'true');
  await page.keyboard.press('Space');
  assert.equal(await pressed(page), 'false');

  // Space with the focus on the page itself: the shortcut.
  await recordLive(page);
  await page.evaluate(() => document.activeElement.blur());
  await page.keyboard.press(' ');
  assert.equal(await pressed(page), 'true');
  await hasSaid(page, 'Playing.');
  await page.keyboard.press(' ');
  assert.equal(await pressed(page), 'false');
  await hasSaid(page, 'Paused.');

  // → steps on, ← steps back, r goes back to the start.
  await page.keyboard.press('r');
  const start = await page.innerText('[data-testid="time-position"]');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  const later = await page.innerText('[data-testid="time-position"]');
  assert.notEqual(later, start);
  await hasSaid(page, 'Stepped to ');
  await page.keyboard.press('ArrowLeft');
  const back = await page.innerText('[data-testid="time-position"]');
  assert.notEqual(back, later);
  await page.keyboard.press('r');
  await page.waitForFunction((s) => document.querySelector('[data-testid="time-position"]').textContent === s, start);
  await hasSaid(page, 'Back to the start.');

  // 1–5 open the screens, in the navigation's order, and say where they went.
  await page.keyboard.press('3');
  await page.waitForFunction(() => location.search.includes('screen=collagen'));
  await page.waitForFunction(() => window.__said.some((t) => t.startsWith(document.querySelector('main h1').textContent)));
  await page.keyboard.press('1');
  await page.waitForFunction(() => !location.search.includes('screen='));
  assert.deepEqual(errors, []);
});

test('shortcuts stay quiet in text fields and with modifier keys, and can be switched off', async (t) => {
  const { page, context } = await open(browser, server.url, '?screen=treatment&motion=reduce&lang=es');
  t.after(() => context.close());
  await page.focus('[data-testid="share-link"]');
  for (const key of ['2', 'r', ' ', 'f', '?']) await page.keyboard.press(key);
  await page.focus('[data-testid="depth-input"]');
  await page.keyboard.press('4');
  await page.keyboard.press('Control+2');
  assert.ok((await page.evaluate(() => location.search)).includes('screen=treatment'));
  assert.equal(await pressed(page), 'false');
  assert.equal(await page.isVisible('[data-testid="shortcuts-dialog"]'), false);

  // `?` opens the list (in Spanish here); switched off, single keys do nothing; Escape closes.
  await page.evaluate(() => document.activeElement.blur());
  await page.keyboard.press('?');
  const dialog = page.locator('[data-testid="shortcuts-dialog"]');
  await dialog.waitFor();
  assert.match(await dialog.innerText(), /Atajos de teclado/);
  assert.match(await dialog.innerText(), /Reproducir o pausar/);
  await page.click('[data-testid="shortcuts-enabled"]');
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
  await page.keyboard.press('2');
  await page.keyboard.press(' ');
  assert.ok((await page.evaluate(() => location.search)).includes('screen=treatment'));
  assert.equal(await pressed(page), 'false');
  // The list is also a button away, and switching back on restores the keys.
  await page.click('[data-testid="shortcuts-open"]');
  await dialog.waitFor();
  await page.click('[data-testid="shortcuts-enabled"]');
  assert.equal(await page.isChecked('[data-testid="shortcuts-enabled"]'), true);
  await page.click('[data-testid="shortcuts-close"]');
  await dialog.waitFor({ state: 'hidden' });
  await page.keyboard.press('2');
  await page.waitForFunction(() => location.search.includes('screen=absorption'), null, { timeout: 5000 })
    .catch(async (e) => {
      const where = await page.evaluate(() => `focus on ${document.activeElement?.outerHTML.slice(0, 80)}; ${location.search}`);
      throw new Error(`2 did not open Absorption (${where}): ${e.message}`);
    });
});

test('f asks for full screen and says so', async (t) => {
  const { page, context } = await open(browser, server.url, '?motion=reduce');
  t.after(() => context.close());
  await recordLive(page);
  await page.keyboard.press('f');
  await hasSaid(page, 'Full screen.');
  await page.waitForFunction(() => document.fullscreenElement === document.documentElement);
  await page.keyboard.press('f');
  await page.waitForFunction(() => document.fullscreenElement === null);
});

test('the share link carries the whole state, and opens the same view', async (t) => {
  const query = '?screen=collagen&sessions=5&interval=6&month=9&device=roller&lang=es&theme=projector&motion=reduce';
  const { page, context } = await open(browser, server.url, query);
  t.after(() => context.close());
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url.replace(/\/$/, '') });
  const link = await page.inputValue('[data-testid="share-link"]');
  const url = new URL(link);
  assert.equal(url.origin + '/', server.url);
  for (const [k, v] of new URLSearchParams(query)) assert.equal(url.searchParams.get(k), v, k);
  await recordLive(page);
  await page.click('[data-testid="copy-link"]');
  await hasSaid(page, 'Copiado al portapapeles.');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link);
  const readout = await page.innerText('[data-testid="collagen-change-pct"]');
  const other = await context.newPage();
  await other.goto(link);
  await other.waitForSelector('[data-testid="collagen-change-pct"]');
  assert.equal(await other.innerText('[data-testid="collagen-change-pct"]'), readout);
  assert.equal(await other.getAttribute('html', 'lang'), 'es');
});

/** Width and height from a PNG's header. */
function pngSize(bytes) {
  assert.deepEqual([...bytes.subarray(0, 8)], [137, 80, 78, 71, 13, 10, 26, 10], 'PNG signature');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

for (const [screen, query, table] of [
  ['absorption', 'serum=niacinamide', 'absorption-table'],
  ['collagen', 'sessions=5', 'collagen-table'],
  ['compare', 'goal=acne-scars', 'compare-collagen-table'],
]) {
  test(`${screen}: the chart downloads as a PNG at 2× and its data as CSV, named for the settings`, async (t) => {
    const { page, context, errors } = await open(browser, server.url, `?screen=${screen}&${query}&motion=reduce`);
    t.after(() => context.close());
    const canvas = page.locator('canvas.chart');
    await canvas.waitFor();
    const [png] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="export-png"]')]);
    const [k, v] = query.split('=');
    assert.match(png.suggestedFilename(), new RegExp(`^microneedling-${screen}-pen-[0-9.]+mm.*-${k}-${v}.*\\.png$`));
    const bytes = await readFile(await png.path());
    const [w, h] = pngSize(bytes);
    const box = await canvas.evaluate((c) => [c.clientWidth, c.clientHeight]);
    assert.equal(w, box[0] * 2, 'twice the chart width');
    assert.ok(h > box[1] * 2, 'room for the title, key and source line above and below the chart');
    assert.ok(bytes.length > 10_000, `a real picture, not a blank: ${bytes.length} B`);

    const [csvDl] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="export-csv"]')]);
    assert.equal(csvDl.suggestedFilename(), png.suggestedFilename().replace(/\.png$/, '.csv'));
    const text = (await readFile(await csvDl.path(), 'utf8')).replace(/^\uFEFF/, '');
    const [header, ...rows] = text.trim().split('\r\n');
    const columns = header.split(',').length;
    assert.match(header, /\(.+\)/, 'units in the header');
    assert.ok(rows.length >= 10, `${rows.length} rows`);
    let previous = -Infinity;
    for (const row of rows) {
      const cells = row.split(',');
      assert.equal(cells.length, columns);
      const x = Number(cells[0]);
      assert.ok(x > previous, 'one row per time point, in order');
      previous = x;
      for (const c of cells.filter((c) => c !== '')) assert.ok(Number.isFinite(Number(c)), c);
    }
    // The CSV agrees with the table on the screen: each number shown, at its time point, is one of
    // the CSV's values there (interpolated between the CSV's neighbouring rows), to the shown decimals.
    const tableRows = await page.locator(`[data-testid="${table}"] tbody tr`).evaluateAll((trs) =>
      trs.map((tr) => [...tr.children].map((c) => c.textContent.trim())));
    const grid = rows.map((r) => r.split(',').map((c) => (c === '' ? NaN : Number(c))));
    const at = (x) => {
      const i = grid.findIndex((r) => r[0] >= x);
      if (i < 0) return null;
      if (i === 0 || grid[i][0] === x) return grid[i].slice(1);
      const [a, b] = [grid[i - 1], grid[i]];
      const t = (x - a[0]) / (b[0] - a[0]);
      return a.slice(1).map((v, k) => v + (b[k + 1] - v) * t);
    };
    let matched = 0;
    for (const cells of tableRows) {
      const x = Number(cells[0].replace(',', '.'));
      const values = Number.isFinite(x) ? at(x) : null;
      if (!values) continue;
      for (const shown of cells.slice(1)) {
        const number = shown.replace(/[^0-9.,−-]/g, '').replace(',', '.').replace('−', '-');
        if (!/\d/.test(number)) continue;
        const decimals = number.includes('.') ? number.split('.')[1].length : 0;
        const tolerance = 0.5 * 10 ** -decimals + 0.01 * Math.abs(Number(number));
        assert.ok(values.some((v) => Math.abs(v - Number(number)) <= tolerance), `${screen} at ${x}: ${shown} is not among ${values}`);
      }
      matched++;
    }
    assert.ok(matched >= 3, `only ${matched} table rows matched the CSV`);
    assert.deepEqual(errors, []);
  });
}

test('the guided tour starts from a link and is stepped through with the keyboard', async (t) => {
  const { page, context, errors } = await open(browser, server.url, '?tour=1&motion=reduce', { width: 360 });
  t.after(() => context.close());
  const tour = page.locator('[data-testid="tour"]');
  await tour.waitFor();
  assert.match(await tour.innerText(), /Step 1 of 7/);
  await page.waitForSelector('.tour-target');
  // Keyboard only: Tab to Next, Enter.
  const next = async () => {
    for (let i = 0; i < 10 && !(await page.evaluate(() => document.activeElement?.dataset.testid === 'tour-next')); i++) {
      await page.keyboard.press('Tab');
    }
    assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'tour-next');
    await page.keyboard.press('Enter');
  };
  await next();
  await page.waitForFunction(() => location.search.includes('tour=2'));
  assert.match(await tour.innerText(), /Step 2 of 7/);
  // The step's heading takes the focus, so a screen reader reads the new step.
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'tour-h');
  await page.waitForFunction(() => document.querySelector('.tour-target')?.dataset.testid === 'play-pause');
  await next();
  await page.waitForFunction(() => location.search.includes('tour=3') && location.search.includes('screen=absorption'));
  await page.waitForFunction(() => document.querySelector('.tour-target')?.classList.contains('chart-figure'));
  await page.screenshot({ path: `${SHOTS}/tour-absorption-360.png` });
  await page.click('[data-testid="tour-back"]');
  await page.waitForFunction(() => location.search.includes('tour=2') && !location.search.includes('screen='));
  await page.click('[data-testid="tour-close"]');
  await tour.waitFor({ state: 'detached' });
  assert.ok(!(await page.evaluate(() => location.search)).includes('tour'));
  assert.equal(await page.locator('.tour-target').count(), 0);
  // Started from the button, in Spanish, with only two screens shown: two steps.
  await page.goto(`${server.url}?lang=es&screens=absorption,learn&motion=reduce`);
  await page.click('[data-testid="tour-start"]');
  await tour.waitFor();
  assert.match(await tour.innerText(), /Paso 1 de 3/);
  assert.ok((await page.evaluate(() => location.search)).includes('screen=absorption'));
  await page.click('[data-testid="tour-next"]');
  await page.click('[data-testid="tour-next"]');
  assert.match(await page.innerText('[data-testid="tour-next"]'), /Terminar/);
  await page.click('[data-testid="tour-next"]');
  await tour.waitFor({ state: 'detached' });
  assert.deepEqual(errors, []);
});

for (const screen of ['treatment', 'absorption', 'collagen', 'compare']) {
  test(`${screen} prints on one page with its chart or picture and its readouts`, async (t) => {
    const { page, context } = await open(browser, server.url, `?screen=${screen}&motion=reduce`);
    t.after(() => context.close());
    await page.waitForTimeout(300);
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['.app-nav', '.time-controls', '.share-tools', '.embed-panel', '.export']) {
      if (await page.locator(hidden).count()) assert.equal(await page.isVisible(hidden), false, hidden);
    }
    assert.equal(await page.isVisible('h1'), true);
    const readouts = page.locator('.readouts, .compare-table');
    assert.ok(await readouts.first().isVisible(), 'readouts printed');
    // The link that names the settings is printed too.
    assert.equal(await page.isVisible('[data-testid="share-link"]'), true);
    await page.screenshot({ path: `${SHOTS}/print-${screen}.png`, fullPage: true });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    assert.equal(pages, 1, `${screen} prints on ${pages} pages`);
  });
}

test('projector theme: large type everywhere, including the new panels', async (t) => {
  for (const width of [360, 1280]) {
    const { page, context } = await open(browser, server.url, '?screen=absorption&theme=projector&tour=3&motion=reduce', { width });
    t.after(() => context.close());
    await page.waitForSelector('[data-testid="tour"]');
    const sizes = await page.evaluate(() => ['body', '.tour p', '.share h2', '.share label', '.export button']
      .map((s) => parseFloat(getComputedStyle(document.querySelector(s)).fontSize)));
    for (const px of sizes) assert.ok(px >= 20, `font ${px}px`);
    await page.screenshot({ path: `${SHOTS}/projector-tour-${width}.png`, fullPage: true });
    await context.close();
  }
});
