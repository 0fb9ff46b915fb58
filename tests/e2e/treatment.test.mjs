// Treatment screen scenarios, read back through the data-testids.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open } from './browser.mjs';

let browser, server;
before(async () => ({ browser, server } = await launch()));
after(async () => { await browser?.close(); await server?.close(); });

const read = async (page, id) => (await page.innerText(`[data-testid="${id}"]`)).trim();
const num = async (page, id) => Number((await read(page, id)).replace(',', '.'));
const count = (page) => page.getAttribute('[data-testid="section-channels"]', 'data-count').then(Number);
const warned = (page) => page.locator('[data-testid="treatment-warning"]').count();

/** Opens `query`, runs `body(page)`, and always closes the context. */
async function withPage(query, body, options) {
  const { page, context, errors } = await open(browser, server.url, query, options);
  try {
    await body(page, errors);
  } finally {
    await context.close();
  }
}

test('roller defaults: about 230 channels per cm² (192 × 15 / (π · 2 · 2))', () =>
  withPage('?screen=treatment&device=roller&motion=reduce', async (page, errors) => {
    assert.equal(await read(page, 'channels-per-cm2'), '229');
    assert.equal(await read(page, 'real-depth-mm'), '0.75'); // 1.5 mm × 0.5
    assert.equal(await read(page, 'layer-reached'), 'reticular dermis');
    assert.equal(await warned(page), 0);
    assert.deepEqual(errors, []);
  }));

test('pen: 750 per pass, 0.7 of the needle; 3 passes are routine, 5 too dense', () =>
  withPage('?screen=treatment&depth=0.5&passes=1&motion=reduce', async (page) => {
    assert.equal(await read(page, 'channels-per-cm2'), '750');
    assert.equal(await read(page, 'real-depth-mm'), '0.35');
    assert.equal(await read(page, 'layer-reached'), 'papillary dermis');
    assert.equal(await warned(page), 0);
    await page.goto(`${server.url}?screen=treatment&passes=3&motion=reduce`);
    await page.waitForSelector('[data-testid="channels-per-cm2"]');
    assert.equal(await read(page, 'channels-per-cm2'), '2,250');
    assert.equal(await warned(page), 0);
    await page.goto(`${server.url}?screen=treatment&passes=5&motion=reduce`);
    assert.match(await read(page, 'treatment-warning'), /3,750/);
  }));

test('defaults show no warning for every device on the cheek', async () => {
  for (const device of ['pen', 'roller', 'home-roller', 'home-stamp']) {
    await withPage(`?screen=treatment&device=${device}&motion=reduce`, async (page) => {
      await page.waitForSelector('[data-testid="channels-per-cm2"]');
      assert.equal(await warned(page), 0, device);
    });
  }
});

test('many roller passes over the forehead warn; the routine 15 do not', () =>
  withPage('?screen=treatment&device=roller&region=forehead&passes=20&motion=reduce', async (page) => {
    assert.match(await read(page, 'treatment-warning'), /More than 15 passes/);
    await page.goto(`${server.url}?screen=treatment&device=roller&region=forehead&motion=reduce`);
    await page.waitForSelector('[data-testid="channels-per-cm2"]');
    assert.equal(await warned(page), 0);
  }));

test('eyelid at 2 mm warns; Spanish names the layer', () =>
  withPage('?screen=treatment&region=eyelid&depth=2&lang=es&motion=reduce', async (page) => {
    assert.match(await read(page, 'treatment-warning'), /0,50 mm/);
    assert.equal(await read(page, 'layer-reached'), 'grasa bajo la piel');
  }));

test('the cartridge face has one mark per needle (6, 12, 36)', async () => {
  for (const n of [6, 12, 36]) {
    await withPage(`?screen=treatment&needles=${n}&motion=reduce`, async (page) => {
      const marks = page.locator('[data-testid="cartridge-face"] [data-needle]');
      assert.equal(await marks.count(), n);
    });
  }
});

test('channels in the section grow stroke by stroke while playing and hold while paused', () =>
  withPage('?screen=treatment', async (page, errors) => {
    await page.waitForSelector('[data-testid="section-channels"]');
    if ((await page.getAttribute('[data-testid="play-pause"]', 'aria-pressed')) !== 'true') {
      await page.click('[data-testid="play-pause"]');
    }
    const seen = [];
    for (let i = 0; i < 10; i++) {
      seen.push(await count(page));
      await page.waitForTimeout(300);
    }
    assert.ok(seen.at(-1) > seen[0], `counts while playing: ${seen}`);
    for (let i = 1; i < seen.length; i++) assert.ok(seen[i] >= seen[i - 1], `never fewer: ${seen}`);
    await page.click('[data-testid="play-pause"]');
    const held = await count(page);
    await page.waitForTimeout(800);
    assert.equal(await count(page), held);
    assert.deepEqual(errors, []);
  }));

test('reduced motion: Step walks the needles in and out, and channels appear under them', () =>
  withPage('?screen=treatment&motion=reduce', async (page) => {
    const head = () => page.getAttribute('.section .head', 'transform');
    assert.equal(await count(page), 0);
    const frames = new Set([await head()]);
    for (let i = 0; i < 60 && (await count(page)) === 0; i++) {
      await page.click('[data-testid="step"]');
      frames.add(await head());
    }
    assert.ok(await count(page) > 0, 'a channel after stepping');
    assert.ok(frames.size >= 3, `distinct still frames: ${[...frames]}`);
    assert.equal(await page.getAttribute('[data-testid="play-pause"]', 'aria-pressed'), 'false');
  }));

test('bleeding at 1.5 mm, not at 0.25 mm', () =>
  withPage('?screen=treatment&depth=1.5&motion=reduce', async (page) => {
    assert.match(await read(page, 'bleeding'), /expected/);
    assert.doesNotMatch(await read(page, 'bleeding'), /not/);
    await page.goto(`${server.url}?screen=treatment&depth=1.5&motion=reduce&passes=1`);
    await page.click('[data-testid="play-pause"]');
    await page.waitForFunction(() => Number(document.querySelector('[data-testid="section-channels"]').getAttribute('data-count')) > 3);
    assert.ok(await page.locator('.section .drops').getAttribute('d').then((d) => d.length > 0), 'drops at channel mouths');
    assert.ok(await page.locator('.surface .surface-drops:not(.hidden)').getAttribute('d').then((d) => d.length > 0));
    await page.goto(`${server.url}?screen=treatment&depth=0.25&motion=reduce`);
    await page.waitForSelector('[data-testid="bleeding"]');
    assert.equal(await read(page, 'bleeding'), 'not expected');
  }));

test('the pen is more even than the roller at 1 mm; darker skin has a higher pigment risk', () =>
  withPage('?screen=treatment&depth=1&motion=reduce', async (page) => {
    const pen = await num(page, 'depth-sd-mm');
    await page.goto(`${server.url}?screen=treatment&device=roller&depth=1&motion=reduce`);
    await page.waitForSelector('[data-testid="depth-sd-mm"]');
    const roller = await num(page, 'depth-sd-mm');
    assert.ok(pen > 0 && pen < roller, `pen ${pen} vs roller ${roller}`);
    await page.goto(`${server.url}?screen=treatment&skin=2&motion=reduce`);
    await page.waitForSelector('[data-testid="pih-risk-pct"]');
    const light = await num(page, 'pih-risk-pct');
    await page.selectOption('[data-testid="skin-select"]', '6');
    await page.waitForFunction(() => location.search.includes('skin=6'));
    const dark = await num(page, 'pih-risk-pct');
    assert.ok(dark > light, `type VI ${dark} vs type II ${light}`);
    const pain = await num(page, 'pain-score');
    assert.ok(pain > 0 && pain <= 10);
  }));

test('Spanish: decimal commas and translated readouts', () =>
  withPage('?screen=treatment&lang=es&depth=1.5&motion=reduce', async (page) => {
    assert.equal(await read(page, 'real-depth-mm'), '1,05');
    assert.match(await read(page, 'depth-sd-mm'), /^0,\d{3}$/);
    assert.match(await read(page, 'bleeding'), /se espera/);
    assert.match(await read(page, 'numbing-note'), /crema anestésica/);
    assert.match(await page.innerText('.scene-caption'), /agujas/);
  }));

test('moving a slider updates the readouts and the URL, without a new history entry', () =>
  withPage('?screen=treatment&motion=reduce', async (page) => {
    const before = await page.evaluate(() => history.length);
    await page.locator('[data-testid="passes-input"]').fill('1');
    await page.waitForFunction(() => location.search.includes('passes=1'));
    assert.equal(await read(page, 'channels-per-cm2'), '750');
    await page.selectOption('[data-testid="device-select"]', 'home-roller');
    await page.waitForFunction(() => location.search.includes('device=home-roller'));
    assert.ok(!page.url().includes('depth='));
    assert.equal(await read(page, 'layer-reached'), 'papillary dermis');
    assert.equal(await warned(page), 0);
    assert.equal(await page.evaluate(() => history.length), before);
  }));

/** Marks drawn on the surface now: one `M` per puncture square. */
const marks = (page) => page.$eval('.surface .punctures', (p) => (p.getAttribute('d') ?? '').split('M').length - 1);
/** An English whole number as shown ("1,125"). */
const whole = (t) => Number(t.replace(/,/g, ''));
/** What the status line, the caption under the surface and the pictures say now. */
async function said(page) {
  const status = (await read(page, 'time-position')).match(/Pass (\d+) of (\d+) · ([\d,]+) channels per cm² so far/);
  assert.ok(status, await read(page, 'time-position'));
  const note = await read(page, 'drawn-note');
  const drawn = note.match(/Drawn: ([\d,]+) of the ([\d,]+) channels made so far/);
  return {
    pass: Number(status[1]),
    soFar: whole(status[3]),
    note,
    shown: drawn ? whole(drawn[1]) : 0,
    made: drawn ? whole(drawn[2]) : 0,
    marks: await marks(page),
    section: await count(page),
  };
}
/** The three agree: the caption counts the marks drawn, of the channels the status counts (the
 * patch is 1 cm²; every one is drawn below 4,000), and the section shows none before any is made. */
function agree(s, where) {
  assert.equal(s.shown, s.marks, `${where}: caption vs marks ${JSON.stringify(s)}`);
  assert.equal(s.made, s.soFar, `${where}: caption vs status ${JSON.stringify(s)}`);
  assert.equal(s.marks, s.soFar, `${where}: marks vs status ${JSON.stringify(s)}`);
  if (s.soFar === 0) assert.match(s.note, /No channels yet/, where);
  if (s.section > 0) assert.ok(s.soFar > 0, `${where}: channels in the section but none so far`);
}

test('reduced motion: the status, the caption and the drawn marks agree at t = 0 and step by step', () =>
  withPage('?screen=treatment&motion=reduce', async (page, errors) => {
    await page.waitForSelector('[data-testid="drawn-note"]');
    const start = await said(page);
    agree(start, 't = 0');
    assert.equal(start.soFar, 0, 'nothing is made before a needle has left the skin');
    await page.click('[data-testid="step"]');
    agree(await said(page), 'after one Step');
    let s = await said(page);
    for (let i = 0; i < 30 && s.marks === 0; i++) {
      await page.click('[data-testid="step"]');
      s = await said(page);
      agree(s, `after ${i + 2} Steps`);
    }
    assert.ok(s.marks > 0 && s.pass === 1, `the first stroke's marks: ${JSON.stringify(s)}`);
    // A pass is a fraction of the whole: fewer so far than the readout's total.
    assert.ok(s.soFar < whole(await read(page, 'channels-per-cm2')));
    assert.deepEqual(errors, []);
  }));

test('a dense setting draws an even sample: the caption says how many of the channels made so far', () =>
  withPage('?screen=treatment&needles=36&motion=reduce', async (page) => {
    const total = whole(await read(page, 'channels-per-cm2'));
    let s = await said(page);
    for (let i = 0; i < 40; i++) await page.click('[data-testid="step"]');
    s = await said(page);
    assert.equal(s.shown, s.marks, JSON.stringify(s));
    assert.equal(s.made, s.soFar, JSON.stringify(s));
    // At most 4,000 marks over the whole session: every k-th channel in the order they are made.
    const k = Math.ceil(total / 4000);
    assert.ok(k > 1, `total ${total}`);
    assert.equal(s.marks, Math.ceil(s.made / k), JSON.stringify(s));
  }));

test('the slow-motion factor stays for the pen; the surface fills pass by pass', () =>
  withPage('?screen=treatment&hz=150&motion=reduce', async (page) => {
    assert.match(await read(page, 'slow-motion'), /30× slower than the real 150/);
    const total = whole(await read(page, 'channels-per-cm2')); // 12 × 150 / (0.8 × 2) × 3 passes
    // Step to the end of the first pass: one pass's share of the total, all of it drawn.
    let s = await said(page);
    for (let i = 0; i < 80 && s.pass === 1; i++) {
      await page.click('[data-testid="step"]');
      s = await said(page);
    }
    assert.equal(s.pass, 2, JSON.stringify(s));
    assert.equal(s.soFar, total / 3);
    agree(s, 'end of pass 1');
    await page.click('[data-testid="play-pause"]');
    await page.waitForFunction((n) => document.querySelector('.surface .punctures').getAttribute('d').split('M').length - 1 > n, s.marks, { timeout: 8000 });
  }));

for (const device of ['pen', 'roller']) {
  for (const width of [360, 1280]) {
    test(`${device} at ${width}px: the device is in the section, its needles in the skin (screenshot)`, () =>
      withPage(`?screen=treatment&device=${device}`, async (page, errors) => {
        // Until a needle has left a channel in the slice, then the head's middle is over the skin.
        await page.waitForFunction(() => Number(document.querySelector('[data-testid="section-channels"]').getAttribute('data-count')) >= 1, null, { timeout: 15000 });
        const section = await page.locator('svg.section').boundingBox();
        const head = await page.locator(device === 'pen' ? '.section .head .cartridge' : '.section .drum-body').boundingBox();
        const middle = head.x + head.width / 2;
        assert.ok(middle >= section.x && middle <= section.x + section.width, `head over the section: ${middle} in ${section.x}–${section.x + section.width}`);
        assert.ok(head.y >= section.y - 1 && head.y < section.y + section.height, 'device drawn in the section');
        await page.locator('.play-area').screenshot({ path: `target/screenshots/treatment-${device}-playing-${width}.png` });
        assert.deepEqual(errors, []);
      }, { width }));
  }
}
