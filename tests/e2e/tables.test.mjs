// Tables on a phone: the wide text tables (the validation tables, Compare's side-by-side table) read
// as cards at 360 px, every cell on screen after its column's name; on a wide screen they stay
// tables. The numbers-only tables behind the charts fit a phone where they have four columns.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open } from './browser.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

const CARDS = [
  ['absorption', 'absorption-validation'],
  ['collagen', 'collagen-validation'],
  ['compare', 'compare-table'],
];

/** Each body cell of table `id`: its box, the column name its header row gives, its label and what shows before it. */
const cells = (page, id) => page.$eval(`[data-testid="${id}"]`, (table) => {
  const heads = [...table.tHead.rows[0].cells].map((c) => c.textContent.trim());
  // Where the cell's own text starts: after a label shown before it, it starts further right or lower.
  const start = (c) => {
    const range = document.createRange();
    range.selectNodeContents(c);
    const text = range.getClientRects()[0];
    const box = c.getBoundingClientRect();
    return text ? text.left - box.left > 8 || text.top - box.top > 8 : false;
  };
  return [...table.tBodies[0].rows].flatMap((tr) => [...tr.cells].map((c, i) => ({
    row: tr.cells[0].textContent.trim(),
    shifted: start(c),
    header: c.tagName === 'TH',
    column: heads[i],
    label: c.dataset.label ?? null,
    before: getComputedStyle(c, '::before').content,
    left: c.getBoundingClientRect().left,
    right: c.getBoundingClientRect().right,
    text: c.textContent.trim(),
  })));
});

/** Table `id` as Chromium's accessibility tree has it: its role, its row headings, its body cells' names. */
async function axTable(page, id) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: `[data-testid="${id}"]` });
    const { nodes: [table] } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
    const named = async (role) => (await cdp.send('Accessibility.queryAXTree', { nodeId, role })).nodes.map((n) => n.name?.value.trim());
    // The header row's empty corner cell (Compare) is not a body cell.
    const cells = (await named('cell')).filter((n) => n !== '');
    return { role: table.role?.value, rowheaders: (await named('rowheader')).length, cells };
  } finally {
    await cdp.detach();
  }
}

for (const lang of ['en', 'es']) {
  for (const [screen, id] of CARDS) {
    test(`360 px, ${lang}: ${id} reads as cards, every cell on screen after its column's name`, async (t) => {
      const { page, errors, close } = await open(env.browser, env.server.url, `?screen=${screen}&lang=${lang}&motion=reduce`, { width: 360, height: 800 });
      t.after(close);
      await page.waitForSelector(`[data-testid="${id}"] tbody tr th[scope="row"]`);
      const width = await page.evaluate(() => window.innerWidth);
      const all = await cells(page, id);
      assert.ok(all.length >= 12, `${id}: ${all.length} cells`);
      for (const c of all) {
        const where = `${id} "${c.row}" / "${c.column}": "${c.text}"`;
        assert.ok(c.text.length > 0, `${where}: empty`);
        assert.ok(c.left >= 0 && c.right <= width + 0.5, `${where}: spans ${c.left}–${c.right} px of ${width}`);
        if (c.header) continue; // the row heading is the card's title
        assert.ok(c.column.length > 0, `${where}: no column name in the header`);
        assert.equal(c.label, c.column, `${where}: labelled "${c.label}"`);
        // Shown before the value (the header row itself is hidden on a phone).
        assert.ok(c.before.includes(c.label) || c.before.includes('attr(data-label)'), `${where}: shows "${c.before}" before it`);
        assert.ok(c.shifted, `${where}: its text starts where the label should be`);
      }
      const layout = await page.$eval(`[data-testid="${id}"]`, (table) => ({
        row: getComputedStyle(table.tBodies[0].rows[0]).display,
        head: table.tHead.getBoundingClientRect().height,
        scroll: table.parentElement.scrollWidth - table.parentElement.clientWidth,
      }));
      assert.equal(layout.row, 'block', 'a row is a card');
      // Still a table to a screen reader: a table, its row headings, its cells named by their own
      // text (the shown label is not read again before each value).
      const ax = await axTable(page, id);
      assert.equal(ax.role, 'table');
      assert.equal(ax.rowheaders, all.filter((c) => c.header).length, 'row headings');
      assert.deepEqual(ax.cells, all.filter((c) => !c.header).map((c) => c.text), 'cells');
      assert.ok(layout.head <= 1, `header row hidden, ${layout.head} px tall`);
      assert.ok(layout.scroll <= 0, `nothing to scroll sideways: ${layout.scroll} px`);
      assert.deepEqual(errors, []);
    });
  }
}

test('1280 px: the same tables stay tables, their header row shown', async (t) => {
  for (const [screen, id] of CARDS) {
    const { page, close } = await open(env.browser, env.server.url, `?screen=${screen}&motion=reduce`, { width: 1280 });
    t.after(close);
    await page.waitForSelector(`[data-testid="${id}"] tbody tr th[scope="row"]`);
    const layout = await page.$eval(`[data-testid="${id}"]`, (table) => ({
      row: getComputedStyle(table.tBodies[0].rows[0]).display,
      head: table.tHead.getBoundingClientRect().height,
      before: getComputedStyle(table.tBodies[0].rows[0].cells[1], '::before').content,
    }));
    assert.equal(layout.row, 'table-row', id);
    assert.ok(layout.head > 10, `${id}: header row ${layout.head} px tall`);
    assert.equal(layout.before, 'none', `${id}: no card label on a wide screen`);
    await close();
  }
});

test('360 px: the four-column tables behind the charts fit; the seven-column one scrolls', async (t) => {
  for (const [screen, id, fits] of [
    ['absorption', 'absorption-table', true],
    ['compare', 'compare-collagen-table', true],
    ['collagen', 'collagen-table', false],
  ]) {
    const { page, close } = await open(env.browser, env.server.url, `?screen=${screen}&motion=reduce`, { width: 360, height: 800 });
    t.after(close);
    await page.waitForSelector(`[data-testid="${id}"] tbody tr`, { state: 'attached' });
    // Open the disclosure, so the table is laid out as a visitor sees it.
    const over = await page.$eval(`[data-testid="${id}"]`, (table) => {
      table.closest('details').open = true;
      const box = table.closest('.table-scroll');
      return box.scrollWidth - box.clientWidth;
    });
    if (fits) assert.ok(over <= 0, `${id}: ${over} px wider than the phone`);
    else assert.ok(over > 0, `${id}: expected to scroll sideways`);
    await close();
  }
});
