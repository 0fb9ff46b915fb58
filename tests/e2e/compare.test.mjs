// Compare screen: the table and readouts for each tool, and the same numbers on the single-tool
// screens for the same settings (same model, same numbers).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open } from './browser.mjs';

let browser, server;
before(async () => ({ browser, server } = await launch()));
after(async () => { await browser?.close(); await server?.close(); });

const read = async (page, id) => (await page.innerText(`[data-testid="${id}"]`)).trim();
const TOOLS = ['roller', 'pen', 'home-roller'];
/** A number as shown in either language ("2,250", "−0.4", "12,3"). */
const num = (t, lang = 'en') => Number((lang === 'es' ? t.replace(/\./g, '').replace(',', '.') : t.replace(/,/g, '')).replace('−', '-').replace('× ', ''));

test('every tool has its readouts and a column in the comparison table', async () => {
  const { page, context, errors } = await open(browser, server.url, '?screen=compare&goal=acne-scars&motion=reduce');
  for (const tool of TOOLS) {
    for (const what of ['channels-per-cm2', 'depth-sd-mm', 'enhancement', 'collagen-6m-pct', 'redness-days']) {
      const text = await read(page, `compare-${tool}-${what}`);
      assert.ok(text.length > 0 && !/NaN|inf/i.test(text), `${tool} ${what}: ${text}`);
    }
  }
  const table = await page.$$eval('[data-testid="compare-table"] tr', (trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent.trim())));
  assert.equal(table[0].length, 4);
  assert.ok(table.length >= 10, `rows: ${table.length}`);
  const needle = table.find((r) => r[0] === 'Needle length');
  assert.deepEqual(needle.slice(1), ['1.5 mm', '1.5 mm', '0.3 mm']); // at-home tools stay shallow
  assert.match(table.find((r) => r[0] === 'Channel shape')[1], /disputed/);
  // The pen reaches deeper and does more for collagen than the at-home roller.
  const n = async (id) => Number((await read(page, id)).replace('−', '-'));
  assert.ok(await n('compare-pen-collagen-6m-pct') > await n('compare-home-roller-collagen-6m-pct'));
  assert.deepEqual(errors, []);
  // The same in Spanish.
  await page.goto(`${server.url}?screen=compare&goal=acne-scars&lang=es&motion=reduce`);
  assert.match(await page.innerText('[data-testid="compare-table"]'), /Longitud de aguja/);
  assert.match(await page.innerText('.compare'), /Cicatrices de acné/);
  await context.close();
});

test('pen and roller at the same needle differ as the science says: no 2× collagen gap; the home tool clearly less', async () => {
  for (const goal of ['fine-lines', 'acne-scars', 'stretch-marks']) {
    const { page, context, errors } = await open(browser, server.url, `?screen=compare&goal=${goal}&motion=reduce`);
    const table = await page.$$eval('[data-testid="compare-table"] tr', (trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent.trim())));
    const needle = table.find((r) => r[0] === 'Needle length');
    assert.equal(needle[1], needle[2], `${goal}: same needle for roller and pen`);
    const n = async (tool, what) => num(await read(page, `compare-${tool}-${what}`));
    const [roller, pen, home] = [await n('roller', 'collagen-6m-pct'), await n('pen', 'collagen-6m-pct'), await n('home-roller', 'collagen-6m-pct')];
    assert.ok(pen < 2 * roller && roller < 2 * pen, `${goal}: pen ${pen} vs roller ${roller}`);
    assert.ok(home < Math.min(pen, roller) / 2, `${goal}: home ${home} vs pen ${pen}, roller ${roller}`);
    // Evenness: the pen's depth varies no more, for its depth, than the hand-pressed roller's.
    const depth = table.find((r) => r[0].startsWith('Real depth'));
    const cv = (cell) => { const [, mean, sd] = cell.match(/([\d.]+) ± ([\d.]+)/); return Number(sd) / Number(mean); };
    assert.ok(cv(depth[2]) <= cv(depth[1]) + 1e-9, `${goal}: pen ${depth[2]} vs roller ${depth[1]}`);
    assert.ok(await n('home-roller', 'redness-days') <= Math.min(await n('pen', 'redness-days'), await n('roller', 'redness-days')));
    assert.ok(table.find((r) => r[0].startsWith('Skin barrier')), 'barrier row');
    assert.ok(table.find((r) => r[0] === 'Pinpoint bleeding on day 0'), 'bleeding row');
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('the stamp replaces the home roller when chosen; the goal is in the URL without new history', async () => {
  const { page, context } = await open(browser, server.url, '?screen=compare&motion=reduce');
  const length = await page.evaluate(() => history.length);
  await page.selectOption('[data-testid="goal-select"]', 'stretch-marks');
  await page.waitForFunction(() => location.search.includes('goal=stretch-marks'));
  await page.selectOption('[data-testid="home-select"]', 'home-stamp');
  await page.waitForSelector('[data-testid="compare-home-stamp-channels-per-cm2"]');
  assert.equal(await page.locator('[data-testid="compare-home-roller-channels-per-cm2"]').count(), 0);
  assert.equal(await page.evaluate(() => history.length), length);
  await context.close();
});

for (const tool of ['roller', 'pen', 'home-roller']) {
  test(`${tool}: the single-tool screens show the same numbers for the same setting`, async () => {
    const { page, context } = await open(browser, server.url, '?screen=compare&goal=acne-scars&motion=reduce');
    const column = page.locator('.tool-column').filter({ has: page.locator(`[data-testid="compare-${tool}-channels-per-cm2"]`) });
    const perCm2 = await read(page, `compare-${tool}-channels-per-cm2`);
    const enhancement = await read(page, `compare-${tool}-enhancement`);
    const collagen = await read(page, `compare-${tool}-collagen-6m-pct`);
    const hrefs = await column.locator('.open-in a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    assert.equal(hrefs.length, 3);
    await page.goto(new URL(hrefs[0], server.url).href + '&motion=reduce');
    assert.equal(num(await read(page, 'channels-per-cm2')), num(perCm2));
    await page.goto(new URL(hrefs[1], server.url).href + '&motion=reduce');
    // The same model number; each screen rounds it its own way.
    const there = num(await read(page, 'enhancement-ratio'));
    assert.ok(Math.abs(there - num(enhancement)) <= 0.01 * Math.abs(there) + 0.01, `${there} vs ${enhancement}`);
    await page.goto(new URL(hrefs[2], server.url).href + '&motion=reduce');
    assert.equal(await read(page, 'collagen-change-pct'), collagen);
    await context.close();
  });
}

test('each square shows the channels its line under it counts, from none to the session total (screenshots at 360 and 1280 px)', async () => {
  for (const width of [360, 1280]) {
    const { page, context, errors } = await open(browser, server.url, '?screen=compare&motion=reduce', { width });
    try {
      /** Per tool: marks drawn on its square, and what the line under it says. */
      const now = () => page.$$eval('.tool-column', (cols) => cols.map((c) => ({
        marks: (c.querySelector('.punctures').getAttribute('d') ?? '').split('M').length - 1,
        line: c.querySelector('[data-testid$="-so-far"]').textContent.trim(),
      })));
      const soFar = (line) => num(line.match(/([\d,]+) per cm²/)[1]);
      for (const t of await now()) {
        assert.match(t.line, /^Pass 1 of \d+ · 0 per cm² so far$/);
        assert.equal(t.marks, 0);
      }
      await page.click('[data-testid="step"]');
      const early = await now();
      for (const t of early) assert.equal(t.marks, soFar(t.line), `after one Step: ${JSON.stringify(t)}`);
      // 3 s in: the roller has made several of its 1 s passes, the pen is inside its first 6 s one.
      assert.match(early[0].line, /^Pass [4-9] of 15/);
      assert.match(early[1].line, /^Pass 1 of 2/);
      for (let i = 0; i < 5; i++) await page.click('[data-testid="step"]');
      const done = await now();
      for (const [k, tool] of TOOLS.entries()) {
        const total = num(await read(page, `compare-${tool}-channels-per-cm2`));
        assert.match(done[k].line, /^Passes done: (\d+) of \1/);
        assert.equal(done[k].marks, soFar(done[k].line), tool);
        assert.ok(Math.abs(done[k].marks - total) <= 1, `${tool}: ${done[k].marks} drawn vs ${total} per cm²`);
      }
      await page.screenshot({ path: `target/screenshots/compare-steps-${width}.png`, fullPage: true });
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  }
});
