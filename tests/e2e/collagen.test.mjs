// Collagen screen scenarios, read back through the data-testids.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open } from './browser.mjs';

let browser, server;
before(async () => ({ browser, server } = await launch()));
after(async () => { await browser?.close(); await server?.close(); });

const read = async (page, id) => (await page.innerText(`[data-testid="${id}"]`)).trim();
/** "+12.3" or "−0.4" as a number. */
const pct = (t) => Number(t.replace('−', '-'));
const readPct = async (page, id) => pct(await read(page, id));
const at = (q) => `?screen=collagen&motion=reduce&${q}`;

test('a Lotfi-like course (5 monthly sessions, 1.5 mm pen) gives tens of percent at 6 months', async () => {
  const { page, context, errors } = await open(browser, server.url, at('sessions=5&interval=4&depth=1.5&month=6'));
  const total = await readPct(page, 'collagen-change-pct');
  assert.ok(total > 30 && total < 70, `total ${total} %`); // Lotfi 2013: +53 % papillary collagen
  assert.ok(await readPct(page, 'collagen1-change-pct') > 0);
  assert.equal(await read(page, 'phase'), 'remodelling');
  assert.deepEqual(errors, []);
  await context.close();
});

test('an at-home 0.25 mm roller does far less than the pen', async () => {
  const { page, context } = await open(browser, server.url, at('sessions=5&interval=4&depth=1.5&month=6'));
  const pen = await readPct(page, 'collagen-change-pct');
  await page.goto(server.url + at('sessions=5&interval=4&device=home-roller&depth=0.25&month=6'));
  const home = await readPct(page, 'collagen-change-pct');
  assert.ok(home < pen / 5, `home ${home} vs pen ${pen}`);
  await context.close();
});

test('more sessions never give less collagen at 12 months; spacing is in the table', async () => {
  const { page, context } = await open(browser, server.url, at('sessions=1&month=12'));
  const one = await readPct(page, 'collagen-change-pct');
  await page.locator('[data-testid="sessions-input"]').fill('6');
  await page.waitForFunction(() => location.search.includes('sessions=6'));
  const six = await readPct(page, 'collagen-change-pct');
  assert.ok(six >= one, `6 sessions ${six} vs 1 session ${one}`);
  const rows = await page.$$eval('[data-testid="collagen-table"] tbody tr', (trs) =>
    trs.map((tr) => [...tr.children].map((c) => c.textContent.trim())));
  assert.equal(rows.length, 13);
  assert.equal(rows[12][0], '12');
  assert.equal(rows[12][1], await read(page, 'collagen-change-pct'));
  // The untreated line declines slowly: about 1 % a year.
  const untreated = pct(rows[12][5]);
  assert.ok(untreated < 0 && untreated > -2, `untreated ${untreated}`);
  await context.close();
});

test('phases by time since the last session, in both languages', async () => {
  const { page, context } = await open(browser, server.url, at('sessions=0&month=3'));
  assert.equal(await read(page, 'phase'), 'before any session');
  // No session: only ageing, a fraction of a percent down.
  const none = await readPct(page, 'collagen-change-pct');
  assert.ok(none <= 0 && none > -1, `no sessions ${none}`);
  await page.goto(server.url + at('sessions=1&month=0.1')); // day 3: the start of proliferation
  assert.match(await read(page, 'phase'), /inflammation|proliferation/);
  await page.goto(server.url + at('sessions=1&month=0.3')); // day 9
  assert.equal(await read(page, 'phase'), 'proliferation');
  // Type III is laid down first: at 3 weeks it is up more than type I.
  await page.goto(server.url + at('sessions=1&month=0.7'));
  assert.ok(await readPct(page, 'collagen3-change-pct') > await readPct(page, 'collagen1-change-pct'));
  await page.goto(server.url + at('sessions=1&month=0.3&lang=es'));
  assert.equal(await read(page, 'phase'), 'proliferación');
  await context.close();
});

test('scrubbing the moment writes the URL without a new history entry; playing moves it on', async () => {
  const { page, context } = await open(browser, server.url, at('month=0'));
  const length = await page.evaluate(() => history.length);
  await page.locator('[data-testid="month-input"]').fill('4');
  await page.waitForFunction(() => location.search.includes('month=4'));
  assert.match(await read(page, 'time-position'), /^Month 4 ·/);
  assert.equal(await page.evaluate(() => history.length), length);
  await page.click('[data-testid="play-pause"]');
  await page.waitForTimeout(1500);
  await page.click('[data-testid="play-pause"]');
  await page.waitForFunction(() => Number(new URL(location.href).searchParams.get('month')) > 4);
  await context.close();
});

test('chart drawn, constants listed with their evidence', async () => {
  const { page, context, errors } = await open(browser, server.url, at(''));
  await page.waitForTimeout(300);
  const colours = await page.$eval('canvas.chart', (c) => {
    const px = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    const set = new Set();
    for (let i = 0; i < px.length; i += 4 * 89) set.add(`${px[i]},${px[i + 1]},${px[i + 2]}`);
    return set.size;
  });
  assert.ok(colours > 4, `chart colours ${colours}`);
  const constants = await page.$$eval('[data-testid="collagen-constants"] tbody tr', (trs) => trs.map((t) => t.textContent));
  assert.ok(constants.length >= 16);
  assert.ok(constants.every((t) => /model estimate|secondary source/.test(t)), 'every constant says how sure it is');
  assert.deepEqual(errors, []);
  await context.close();
});
