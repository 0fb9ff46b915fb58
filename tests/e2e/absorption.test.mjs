// Absorption screen scenarios, read back through the data-testids.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open } from './browser.mjs';

let browser, server;
before(async () => ({ browser, server } = await launch()));
after(async () => { await browser?.close(); await server?.close(); });

const read = async (page, id) => (await page.innerText(`[data-testid="${id}"]`)).trim();
/** Reads "2.0 × 10⁻⁴" or "12.3" as a number. */
const num = (text) => {
  const sup = { '⁻': '-', '⁰': 0, '¹': 1, '²': 2, '³': 3, '⁴': 4, '⁵': 5, '⁶': 6, '⁷': 7, '⁸': 8, '⁹': 9 };
  const m = text.match(/^([\d.]+) × 10([⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+)$/);
  if (m) return Number(m[1]) * 10 ** Number([...m[2]].map((c) => sup[c]).join(''));
  return Number(text);
};
const readNum = async (page, id) => num(await read(page, id));

test('niacinamide: Potts–Guy kp, needled skin delivers more, channels closing with a 1.5 h half-life', async () => {
  const { page, context, errors } = await open(browser, server.url, '?screen=absorption&serum=niacinamide&motion=reduce');
  const kp = await readNum(page, 'kp-intact');
  assert.ok(kp > 1.5e-4 && kp < 2.5e-4, `kp ${kp}`); // docs/science.md: ≈ 2.0 × 10⁻⁴ cm/h
  const intact = await readNum(page, 'delivered-intact');
  const needled = await readNum(page, 'delivered-needled');
  assert.ok(needled > intact && intact > 0, `${needled} vs ${intact}`);
  assert.ok(await readNum(page, 'enhancement-ratio') > 1);
  // Default pen needle 1 mm: uncovered half-life 1 h × 1.5, so 2^(-4/1.5) ≈ 16 % open at 4 h.
  assert.equal(await read(page, 'channels-open-pct'), '16');
  assert.deepEqual(errors, []);
  await context.close();
});

test('covering the skin keeps channels open longer and delivers more; the URL follows without new history', async () => {
  const { page, context } = await open(browser, server.url, '?screen=absorption&serum=niacinamide&motion=reduce');
  const before = await readNum(page, 'delivered-needled');
  const length = await page.evaluate(() => history.length);
  await page.check('[data-testid="occluded-input"]');
  await page.waitForFunction(() => location.search.includes('occluded=1'));
  assert.equal(await read(page, 'channels-open-pct'), '86'); // 2^(-4/18)
  assert.ok(await readNum(page, 'delivered-needled') > before);
  assert.equal(await page.evaluate(() => history.length), length);
  await context.close();
});

test('the table behind the chart has every 2 h from 0 to 48 and agrees with the readouts', async () => {
  const { page, context } = await open(browser, server.url, '?screen=absorption&serum=vitamin-c&hours=8&motion=reduce');
  const rows = await page.$$eval('[data-testid="absorption-table"] tbody tr', (trs) =>
    trs.map((tr) => [...tr.children].map((c) => c.textContent.trim())));
  assert.equal(rows.length, 25);
  assert.equal(rows[0][0], '0');
  assert.equal(rows[24][0], '48');
  const at8 = rows.find((r) => r[0] === '8');
  assert.equal(at8[1], await read(page, 'delivered-intact'));
  assert.equal(at8[2], await read(page, 'delivered-needled'));
  assert.equal(at8[3], await read(page, 'channels-open-pct'));
  // Delivery only accumulates.
  const needled = rows.map((r) => num(r[2]));
  assert.ok(needled.every((v, i) => i === 0 || v >= needled[i - 1] - 1e-9), needled.join());
  await context.close();
});

test('the chart is drawn sharp for a 2x screen and the field is painted', async () => {
  const { page, context, errors } = await open(browser, server.url, '?screen=absorption&serum=niacinamide&hours=0.5&motion=reduce', { deviceScaleFactor: 2 });
  await page.waitForTimeout(300);
  const chart = await page.$eval('canvas.chart', (c) => {
    const px = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    const colours = new Set();
    for (let i = 0; i < px.length; i += 4 * 97) colours.add(`${px[i]},${px[i + 1]},${px[i + 2]}`);
    return { w: c.width, css: c.getBoundingClientRect().width, colours: colours.size };
  });
  assert.ok(Math.abs(chart.w - 2 * chart.css) <= 2, `canvas ${chart.w} for ${chart.css} CSS px`);
  assert.ok(chart.colours > 3, `chart colours ${chart.colours}`);
  const field = await page.$eval('canvas.field', (c) => {
    const px = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    const colours = new Set();
    for (let i = 0; i < px.length; i += 4) colours.add(`${px[i]},${px[i + 1]},${px[i + 2]}`);
    return { w: c.width, h: c.height, colours: colours.size };
  });
  assert.ok(field.w > 0 && field.h > 0);
  assert.ok(field.colours > 10, `half an hour in, the serum is spreading: ${field.colours} shades`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('playing moves the hours on; pausing writes the hour reached into the URL', async () => {
  const { page, context } = await open(browser, server.url, '?screen=absorption&hours=0&motion=reduce');
  assert.match(await read(page, 'time-position'), /^0 h/);
  await page.click('[data-testid="play-pause"]');
  await page.waitForTimeout(1500);
  await page.click('[data-testid="play-pause"]');
  await page.waitForFunction(() => /hours=\d/.test(location.search));
  const h = Number(new URL(page.url()).searchParams.get('hours'));
  assert.ok(h > 0 && h <= 48, `hours ${h}`);
  assert.match(await read(page, 'time-position'), new RegExp(`^${h} h`));
  await context.close();
});

test('caveats: the copper peptide measurement, the hyaluronic acid disagreement, in Spanish too', async () => {
  const { page, context } = await open(browser, server.url, '?screen=absorption&serum=ghk-cu&motion=reduce');
  assert.match(await page.innerText('.caveats'), /2\.4 × 10⁻⁴ cm\/h/);
  await page.selectOption('[data-testid="serum-select"]', 'ha-high');
  await page.waitForFunction(() => location.search.includes('serum=ha-high'));
  assert.match(await page.innerText('.caveats'), /500 Da/);
  assert.match(await page.innerText('.safety'), /sterile/);
  await page.goto(`${server.url}?screen=absorption&serum=ha-high&lang=es&motion=reduce`);
  assert.match(await page.innerText('.safety'), /estériles/);
  assert.match(await page.innerText('.caveats'), /500 Da/);
  await context.close();
});

test('the device settings are shared with the Treatment screen', async () => {
  const { page, context } = await open(browser, server.url, '?screen=absorption&motion=reduce');
  const before = await readNum(page, 'delivered-needled');
  await page.locator('[data-testid="depth-input"]').fill('2');
  await page.waitForFunction(() => location.search.includes('depth=2'));
  assert.ok(await readNum(page, 'delivered-needled') >= before);
  await page.click('[data-testid="nav-treatment"]');
  await page.waitForSelector('[data-testid="real-depth-mm"]');
  assert.equal(await read(page, 'real-depth-mm'), '1.40'); // 2 mm × 0.7
  await context.close();
});
