// Collagen screen scenarios, read back through the data-testids.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open } from './browser.mjs';

let browser, server;
before(async () => ({ browser, server } = await launch()));
after(async () => { await browser?.close(); await server?.close(); });

const read = async (page, id) => (await page.innerText(`[data-testid="${id}"]`)).trim();
/** "+12.3", "−0.4" or Spanish "+12,3" as a number. */
const pct = (t) => parseFloat(t.replace('−', '-').replace(',', '.'));
const readPct = async (page, id) => pct(await read(page, id));
const at = (q) => `?screen=collagen&motion=reduce&${q}`;
const ROLLER = 'device=roller&depth=1.5';

test('Lotfi 2013 course on a 1.5 mm roller lands near +53 % upper-dermis collagen; tropoelastin up, total elastin not', async () => {
  const { page, context, errors } = await open(browser, server.url, at(`sessions=5&interval=4&${ROLLER}&month=6`));
  const collagen = await readPct(page, 'collagen-change-pct');
  assert.ok(collagen > 40 && collagen < 66, `upper-dermis collagen ${collagen} %`); // Lotfi 2013: +53 %
  assert.ok(await readPct(page, 'collagen1-change-pct') > 0);
  assert.ok(await readPct(page, 'tropoelastin-change-pct') > 0);
  assert.ok(await readPct(page, 'elastin-change-pct') <= 0); // El-Domyati 2015: total elastin fell
  assert.equal(await read(page, 'phase'), 'remodelling');
  assert.match(await page.innerText('article.collagen > .readouts'), /Upper-dermis \(papillary\) collagen/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('El-Domyati 2015 course: types I and III and tropoelastin up, total elastin down, 1 and 3 months after', async () => {
  const { page, context } = await open(browser, server.url, at(`sessions=6&interval=2&${ROLLER}&month=3.3`));
  for (const month of ['3.3', '5.3']) {
    await page.goto(server.url + at(`sessions=6&interval=2&${ROLLER}&month=${month}`));
    assert.ok(await readPct(page, 'collagen1-change-pct') > 0, `type I at ${month}`);
    assert.ok(await readPct(page, 'collagen3-change-pct') > 0, `type III at ${month}`);
    assert.ok(await readPct(page, 'tropoelastin-change-pct') > 0, `tropoelastin at ${month}`);
    assert.ok(await readPct(page, 'elastin-change-pct') < 0, `total elastin at ${month}`);
  }
  await context.close();
});

test('pen and roller at the same needle: no 2× gap; a weekly 0.25 mm home roller clearly less', async () => {
  const { page, context } = await open(browser, server.url, at(`sessions=5&interval=4&${ROLLER}&month=6`));
  const roller = await readPct(page, 'collagen-change-pct');
  await page.goto(server.url + at('sessions=5&interval=4&device=pen&depth=1.5&month=6'));
  const pen = await readPct(page, 'collagen-change-pct');
  assert.ok(pen < 1.5 * roller && roller < 1.5 * pen, `pen ${pen} vs roller ${roller}`);
  await page.goto(server.url + at('sessions=8&interval=1&device=home-roller&depth=0.25&month=6'));
  assert.match(page.url(), /interval=1/);
  const home = await readPct(page, 'collagen-change-pct');
  assert.ok(home < roller / 4, `home ${home} vs roller ${roller}`);
  await context.close();
});

test('the first week: redness and barrier recovery grow with depth, within the studies', async () => {
  const { page, context, errors } = await open(browser, server.url, at('device=pen&depth=1.5'));
  const redness = Number(await read(page, 'redness-days'));
  const barrier = Number(await read(page, 'barrier-recovery-h'));
  assert.ok(redness >= 1 && redness <= 2.2, `redness ${redness} d`); // 1–2 days at usual settings
  assert.ok(barrier > 48 && barrier <= 168, `barrier ${barrier} h`); // still raised at 48 h (Sasaki 2019)
  assert.equal(await page.locator('[data-testid="first-week"] path[d^="M16 46"]').count(), 1, 'pinpoint bleeding drawn on day 0');
  await page.goto(server.url + at('device=home-roller&depth=0.25'));
  assert.ok(Number(await read(page, 'barrier-recovery-h')) <= 72); // within 72 h after 0.15–0.25 mm
  assert.ok(Number(await read(page, 'redness-days')) < redness);
  assert.equal(await page.locator('[data-testid="first-week"] path[d^="M16 46"]').count(), 0);
  assert.match(await read(page, "aftercare-rules"), /no sun/);
  assert.match(await page.$eval('[data-testid="first-week"]', (svg) => svg.textContent), /Aftercare 48 h/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('validation table: each published figure, the model, a verdict; the elastin disagreement stated', async () => {
  const { page, context } = await open(browser, server.url, at(''));
  const rows = await page.$$eval('[data-testid="collagen-validation"] tbody tr', (trs) =>
    trs.map((tr) => ({ id: tr.dataset.check, verdict: tr.dataset.verdict, cells: [...tr.children].map((c) => c.textContent.trim()) })));
  assert.ok(rows.length >= 10, `rows ${rows.length}`);
  for (const r of rows) assert.ok(r.cells.length === 4 && r.cells.every((c) => c.length > 0), JSON.stringify(r));
  const lotfi = rows.find((r) => r.id === 'lotfi-collagen');
  assert.equal(lotfi.verdict, 'close');
  const model = pct(lotfi.cells[2]);
  assert.ok(model > 40 && model < 66, `Lotfi row ${model}`);
  assert.equal(rows.find((r) => r.id === 'aust-elastin').verdict, 'disagrees');
  assert.deepEqual(rows.filter((r) => r.verdict === 'disagrees').map((r) => r.id), ['aust-elastin']);
  await page.goto(server.url + at('lang=es'));
  const es = await page.innerText('[data-testid="collagen-validation"]');
  assert.match(es, /no coincide/);
  assert.match(await page.innerText('article.collagen > .readouts'), /Colágeno de la dermis superior/);
  assert.match(await read(page, 'collagen-change-pct'), /^[+−]?\d+,\d$/); // decimal comma
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
  const untreated = pct(rows[12][6]);
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
