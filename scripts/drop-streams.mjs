// Post-build step (scripts/post-build.mjs): removes the wasm-streams exports from the release wasm, then lets
// wasm-opt drop the code only they reached. Leptos always builds server_fn's browser support,
// whose wasm-streams types are exported to JavaScript (`IntoUnderlyingSource` and friends), so no
// link-time pass can remove them; a client-only app never constructs them (the glue creates them
// only on a call from Rust). Saves ~1.6 KB of gzipped wasm. The preload's integrity hash is updated.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const leb = (buf, i) => {
  let value = 0, shift = 0, byte;
  do { byte = buf[i++]; value += (byte & 0x7f) * 2 ** shift; shift += 7; } while (byte & 0x80);
  return [value, i];
};
const uleb = (n) => {
  const out = [];
  do { let b = n & 0x7f; n = Math.floor(n / 128); if (n) b |= 0x80; out.push(b); } while (n);
  return Buffer.from(out);
};
const unused = (exportName) => /^(__wbg_)?intounderlying/.test(exportName);

/** The wasm module without the unused exports, and how many were dropped. */
export function withoutUnusedExports(wasm) {
  const parts = [wasm.subarray(0, 8)];
  let dropped = 0;
  for (let i = 8; i < wasm.length;) {
    const id = wasm[i];
    const [size, start] = leb(wasm, i + 1);
    const end = start + size;
    if (id !== 7) {
      parts.push(wasm.subarray(i, end));
    } else {
      let [count, j] = leb(wasm, start);
      const kept = [];
      for (let k = 0; k < count; k++) {
        const from = j;
        const [len, at] = leb(wasm, j);
        const exportName = wasm.subarray(at, at + len).toString('utf8');
        [, j] = leb(wasm, at + len + 1); // after the kind byte, the index
        if (unused(exportName)) dropped++;
        else kept.push(wasm.subarray(from, j));
      }
      const body = Buffer.concat([uleb(kept.length), ...kept]);
      parts.push(Buffer.from([7]), uleb(body.length), body);
    }
    i = end;
  }
  return [Buffer.concat(parts), dropped];
}

/** Rewrites the built wasm in `dir` and the integrity hash of its preload in index.html. */
export function dropStreams(dir) {
  const name = readdirSync(dir).find((f) => f.endsWith('_bg.wasm'));
  const file = join(dir, name);
  const before = readFileSync(file);
  const [wasm, dropped] = withoutUnusedExports(before);
  if (dropped === 0) {
    console.log('drop-streams: no wasm-streams exports found');
    return;
  }
  writeFileSync(file, wasm);
  // The same features the build enables (index.html's data-wasm-opt-params).
  const local = join('node_modules', '.bin', 'wasm-opt');
  execFileSync(existsSync(local) ? local : 'wasm-opt', [
    '-Oz', '--enable-bulk-memory', '--enable-bulk-memory-opt', '--enable-nontrapping-float-to-int',
    '--enable-sign-ext', '--enable-reference-types', '--enable-mutable-globals', '--enable-multivalue',
    file, '-o', file,
  ]);
  const after = readFileSync(file);
  const html = join(dir, 'index.html');
  const integrity = `sha384-${createHash('sha384').update(after).digest('base64')}`;
  writeFileSync(html, readFileSync(html, 'utf8').replace(
    new RegExp(`<link[^>]*${name.replace(/[.]/g, '\\.')}[^>]*>`),
    (tag) => tag.replace(/sha384-[A-Za-z0-9+/=]+/, integrity),
  ));
  console.log(`drop-streams: ${dropped} exports dropped, wasm ${before.length} -> ${after.length} B`);
}
