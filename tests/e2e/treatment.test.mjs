// Treatment screen scenarios, read back through the data-testids.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open } from './browser.mjs';

let browser, server;
before(async () => ({ browser, server } = await launch()));
after(async () => { await browser?.close(); await server?.close(); });

const read = async (page, id) => (await page.innerText(`[data-testid="${id}"]`)).trim();

test('roller defaults: about 230 channels per cm² (192 × 15 / (π · 2 · 2))', async () => {
  const { page, context, errors } = await open(browser, server.url, '?screen=treatment&device=roller&motion=reduce');
  assert.equal(await read(page, 'channels-per-cm2'), '229');
  assert.equal(await read(page, 'real-depth-mm'), '0.75'); // 1.5 mm × 0.5
  assert.equal(await read(page, 'layer-reached'), 'reticular dermis');
  assert.equal(await page.locator('[data-testid="treatment-warning"]').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('pen: 750 per pass, 0.7 of the needle, and a warning when too dense', async () => {
  const { page, context } = await open(browser, server.url, '?screen=treatment&depth=0.5&passes=1&motion=reduce');
  assert.equal(await read(page, 'channels-per-cm2'), '750');
  assert.equal(await read(page, 'real-depth-mm'), '0.35');
  assert.equal(await read(page, 'layer-reached'), 'papillary dermis');
  assert.equal(await page.locator('[data-testid="treatment-warning"]').count(), 0);
  await page.goto(`${server.url}?screen=treatment&passes=3&motion=reduce`);
  assert.match(await read(page, 'treatment-warning'), /2250/);
  await context.close();
});

test('eyelid at 2 mm warns; Spanish names the layer', async () => {
  const { page, context } = await open(browser, server.url, '?screen=treatment&region=eyelid&depth=2&lang=es&motion=reduce');
  assert.match(await read(page, 'treatment-warning'), /0\.5 mm/);
  assert.equal(await read(page, 'layer-reached'), 'grasa bajo la piel');
  await context.close();
});

test('moving a slider updates the readouts and the URL, without a new history entry', async () => {
  const { page, context } = await open(browser, server.url, '?screen=treatment&motion=reduce');
  const before = await page.evaluate(() => history.length);
  await page.locator('[data-testid="passes-input"]').fill('1');
  await page.waitForFunction(() => location.search.includes('passes=1'));
  assert.equal(await read(page, 'channels-per-cm2'), '750');
  await page.selectOption('[data-testid="device-select"]', 'home-roller');
  await page.waitForFunction(() => location.search.includes('device=home-roller'));
  // The pen's 1 mm is not allowed at home: the at-home default 0.25 mm × 0.5 stays in the papillary dermis.
  assert.match(page.url(), /device=home-roller/);
  assert.ok(!page.url().includes('depth='));
  assert.equal(await read(page, 'layer-reached'), 'papillary dermis');
  assert.equal(await page.locator('[data-testid="treatment-warning"]').count(), 0);
  assert.equal(await page.evaluate(() => history.length), before);
  await context.close();
});

test('playing fills the surface pass by pass', async () => {
  const { page, context } = await open(browser, server.url, '?screen=treatment&motion=reduce');
  const visible = () => page.locator('.surface .punctures:not(.hidden)').count();
  assert.equal(await visible(), 1);
  await page.click('[data-testid="step"]');
  assert.equal(await visible(), 2);
  assert.match(await read(page, 'time-position'), /2 of 3/);
  await context.close();
});

test('the device animates only while playing, on the compositor, with its slow-motion factor', async () => {
  const { page, context, errors } = await open(browser, server.url, '?screen=treatment&hz=150&motion=reduce');
  const states = () => page.evaluate(() =>
    [...document.querySelectorAll('.device-band *')].flatMap((el) => el.getAnimations()).map((a) => a.playState));
  // Paused: the glide and the needle stroke exist but do not run.
  let s = await states();
  assert.ok(s.length >= 2, `animations: ${s}`);
  assert.ok(s.every((x) => x === 'paused'), `paused: ${s}`);
  assert.match(await read(page, 'slow-motion'), /30× slower than the real 150/);
  assert.match(await read(page, 'time-position'), /1 of 3 · 1125 channels/); // 12 × 150 / (0.8 × 2) per pass
  await page.click('[data-testid="play-pause"]');
  await page.waitForFunction(() => document.querySelector('.device-band.playing'));
  s = await states();
  assert.ok(s.every((x) => x === 'running'), `running: ${s}`);
  // Only transforms move: nothing that forces layout or paint on the main thread.
  const props = await page.evaluate(() => [...document.querySelectorAll('.device-band *')]
    .flatMap((el) => el.getAnimations())
    .flatMap((a) => a.effect.getKeyframes().flatMap((k) => Object.keys(k)))
    .filter((k) => !['offset', 'easing', 'composite', 'computedOffset', 'transform'].includes(k)));
  assert.deepEqual(props, []);
  // The roller has no slow-motion line (its drum turns as it travels) and a drum that spins.
  await page.selectOption('[data-testid="device-select"]', 'roller');
  await page.waitForSelector('.roller-drum');
  assert.equal(await page.locator('[data-testid="slow-motion"]').count(), 0);
  await page.screenshot({ path: 'target/screenshots/treatment-roller-playing-1280.png' });
  assert.deepEqual(errors, []);
  await context.close();
});

for (const device of ['pen', 'roller']) {
  for (const width of [360, 1280]) {
    test(`${device} mid-animation at ${width}px: device over the skin, channels drawn (screenshot)`, async () => {
      const { page, context, errors } = await open(browser, server.url, `?screen=treatment&device=${device}`, { width });
      await page.waitForSelector('.device-band.playing');
      await page.waitForTimeout(2600); // into the second pass
      const area = await page.locator('.play-area').boundingBox();
      const skin = await page.locator('svg.section').boundingBox();
      const tool = await page.locator(device === 'pen' ? '.pen-needles' : '.roller-drum').boundingBox();
      assert.ok(tool.x >= area.x - 1 && tool.x + tool.width <= area.x + area.width + 1, 'device inside the play area');
      assert.ok(Math.abs(tool.y + tool.height - skin.y) < 16, `device touches the skin: ${tool.y + tool.height} vs ${skin.y}`);
      assert.ok(await page.locator('svg.section path.channels:not(.hidden)').count() >= 2);
      await page.locator('.play-area').screenshot({ path: `target/screenshots/treatment-${device}-playing-${width}.png` });
      assert.deepEqual(errors, []);
      await context.close();
    });
  }
}
