// Clinic websites: embed mode, screens=, accent=, the resize message and the embed snippet, tested
// by framing the app from a host page on another origin, as a clinic's site would.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { closeAll, launch, open, SHOTS } from './browser.mjs';
import { startServer } from './server.mjs';

let browser, server, host;
const HOST_DIR = 'target/e2e-host';
before(async () => {
  ({ browser, server } = await launch());
  await mkdir(HOST_DIR, { recursive: true });
  host = await startServer({ root: HOST_DIR });
});
after(() => closeAll(browser, server, host));

/** WCAG contrast of two `rgb(r, g, b)` strings. */
function contrast(a, b) {
  const lum = (s) => {
    const [r, g, bl] = s.match(/\d+/g).slice(0, 3).map((c) => {
      const x = Number(c) / 255;
      return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

test('embed=1 hides the header, keeps the navigation and leaves out the share section', async (t) => {
  const { page, context, errors } = await open(browser, server.url, '?embed=1&motion=reduce', { width: 360 });
  t.after(() => context.close());
  await page.waitForSelector('[data-testid="nav-treatment"]');
  assert.equal(await page.isVisible('[data-testid="app-header"]'), false);
  assert.equal(await page.isVisible('[data-testid="nav-learn"]'), true);
  assert.equal(await page.locator('[data-testid="share-link"]').count(), 0);
  assert.deepEqual(errors, []);
});

test('screens= limits the navigation and opens the first listed; a bad list is reported', async (t) => {
  const { page, context } = await open(browser, server.url, '?screens=collagen,absorption&embed=1');
  t.after(() => context.close());
  await page.waitForSelector('[data-testid="nav-collagen"] [aria-current="page"]');
  const links = await page.locator('.app-nav a').evaluateAll((as) => as.map((a) => a.dataset.testid));
  assert.deepEqual(links, ['nav-collagen', 'nav-absorption']);
  await page.goto(`${server.url}?screens=collagen,bogus`);
  await page.locator('[data-testid="notice"]').waitFor();
  assert.match(await page.innerText('[data-testid="notice"]'), /screens/);
  assert.deepEqual(
    await page.locator('.app-nav a').evaluateAll((as) => as.map((a) => a.dataset.testid)),
    ['nav-collagen'],
  );
});

test('accent= colours buttons, highlights and the chart, readable in every theme; bad values are rejected', async (t) => {
  for (const theme of ['light', 'dark', 'projector']) {
    for (const accent of ['ffee00', '0a7', '2b4c9a']) {
      const { page, context } = await open(browser, server.url, `?screen=absorption&accent=${accent}&theme=${theme}&motion=reduce`);
      t.after(() => context.close());
      const button = page.locator('[data-testid="play-pause"]');
      await page.waitForFunction(() => getComputedStyle(document.documentElement).getPropertyValue('--accent').trim() !== '#a3344f'
        && getComputedStyle(document.documentElement).getPropertyValue('--accent').trim() !== '#f08aa2'
        && getComputedStyle(document.documentElement).getPropertyValue('--accent').trim() !== '#8a0030');
      const [bg, fg, page_bg] = await button.evaluate((b) => [
        getComputedStyle(b).backgroundColor, getComputedStyle(b).color, getComputedStyle(document.body).backgroundColor,
      ]);
      assert.ok(contrast(bg, fg) >= 4.5, `${theme} ${accent}: button text ${contrast(bg, fg).toFixed(2)}:1`);
      assert.ok(contrast(bg, page_bg) >= 4.5, `${theme} ${accent}: accent on page ${contrast(bg, page_bg).toFixed(2)}:1`);
      await context.close();
    }
  }
  // Close to the given colour when it already reads well: the brand is kept as given.
  const { page, context } = await open(browser, server.url, '?screen=absorption&accent=2b4c9a&motion=reduce');
  t.after(() => context.close());
  await page.waitForFunction(() => getComputedStyle(document.documentElement).getPropertyValue('--accent').trim() === '#2b4c9a');
  // The chart's first series is drawn in the accent: some canvas pixels have that colour.
  await page.waitForTimeout(300);
  const hits = await page.locator('canvas.chart').evaluate((c) => {
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 0; i < d.length; i += 4) if (d[i] === 0x2b && d[i + 1] === 0x4c && d[i + 2] === 0x9a) n++;
    return n;
  });
  assert.ok(hits > 50, `only ${hits} accent pixels on the chart`);
  await page.goto(`${server.url}?accent=banana`);
  await page.locator('[data-testid="notice"]').waitFor();
  assert.match(await page.innerText('[data-testid="notice"]'), /accent/);
  assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--accent').trim()), '#a3344f');
});

test('the embed snippet frames the current state, and its script sizes the frame to the content', async (t) => {
  const { page, context, errors } = await open(browser, server.url, '?screen=collagen&sessions=5&lang=es&motion=reduce');
  t.after(() => context.close());
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url.replace(/\/$/, '') });
  await page.click('.embed-panel summary');
  const snippet = await page.inputValue('[data-testid="embed-snippet"]');
  // The frame's accessible name is in the page's language (here Spanish).
  assert.match(snippet, /^<iframe title="Explorador de micropunción" src="[^"]+" loading="lazy"/);
  const src = await page.evaluate((html) => new DOMParser().parseFromString(html, 'text/html').querySelector('iframe').src, snippet);
  const params = new URL(src).searchParams;
  assert.equal(params.get('screen'), 'collagen');
  assert.equal(params.get('sessions'), '5');
  assert.equal(params.get('lang'), 'es');
  assert.equal(params.get('embed'), '1');
  // The snippet follows the controls.
  await page.locator('[data-testid="sessions-input"]').fill('6');
  await page.waitForFunction(() => document.querySelector('[data-testid="embed-snippet"]').value.includes('sessions=6'));
  // Copy puts exactly the snippet on the clipboard.
  await page.click('[data-testid="copy-embed"]');
  await page.waitForFunction(() => document.querySelector('.embed-panel .copy-status').textContent.length > 0);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, await page.inputValue('[data-testid="embed-snippet"]'));
  assert.deepEqual(errors, []);

  // A clinic page on another origin, with the snippet pasted in as it is.
  await writeFile(`${HOST_DIR}/index.html`,
    `<!doctype html><html><head><title>Clinic</title></head><body style="margin:0">
     <h1>Our clinic</h1><a id="before" href="#">Treatments</a><script>window.messages = []; addEventListener('message', (e) => messages.push(e.data));</script>
     ${copied}<p id="after">Book a visit</p></body></html>`);
  const hostPage = await context.newPage();
  await hostPage.setViewportSize({ width: 360, height: 800 });
  await hostPage.goto(host.url);
  await hostPage.waitForFunction(() => messages.some((m) => m && m.type === 'microneedling-explorer:resize'));
  const frame = hostPage.frames().find((f) => f.url().startsWith(server.url));
  assert.ok(frame, 'the app loaded in the frame');
  await frame.waitForSelector('[data-testid="nav-collagen"] [aria-current="page"]');
  assert.equal(await frame.isVisible('[data-testid="app-header"]'), false);
  // No focus taken on load, in the frame or the host.
  assert.equal(await hostPage.evaluate(() => document.activeElement === document.body), true);
  assert.equal(await frame.evaluate(() => document.activeElement === document.body), true);
  // The frame fits its content: no inner scroll bar, whatever the content's height.
  const fits = async () => {
    await hostPage.waitForFunction(() => {
      const f = document.querySelector('iframe');
      const h = f.contentDocument ? null : Number(f.height);
      const last = messages.filter((m) => m.type === 'microneedling-explorer:resize').pop();
      return last && h === last.height;
    });
    const inner = await frame.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
    assert.ok(inner <= 1, `the frame scrolls by ${inner}px`);
    return Number(await hostPage.evaluate(() => document.querySelector('iframe').height));
  };
  const first = await fits();
  await frame.click('[data-testid="nav-learn"]');
  await frame.waitForSelector('[data-testid="sources-list"]');
  const second = await fits();
  assert.notEqual(first, second, 'the height followed the content');
  // The first Tab stop inside the frame is a visible control.
  await hostPage.focus('#before');
  await hostPage.keyboard.press('Tab');
  const focused = await frame.evaluate(() => {
    const e = document.activeElement;
    const r = e.getBoundingClientRect();
    return { tag: e.tagName, w: r.width, h: r.height, visible: getComputedStyle(e).visibility === 'visible' };
  });
  assert.ok(focused.tag !== 'BODY' && focused.w > 10 && focused.h > 10 && focused.visible, JSON.stringify(focused));
  await hostPage.screenshot({ path: `${SHOTS}/embed-host-360.png`, fullPage: true });
});
