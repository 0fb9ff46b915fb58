// Post-build step (scripts/post-build.mjs): removes the wasm-streams exports from the release wasm, then lets
// wasm-opt drop the code only they reached (with two extra passes, below). Leptos always builds server_fn's browser support,
// whose wasm-streams types are exported to JavaScript (`IntoUnderlyingSource` and friends), so no
// link-time pass can remove them; a client-only app never constructs them (the glue creates them
// only on a call from Rust). Saves ~1.6 KB of gzipped wasm. 
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
  // The same options the build gives (index.html's data-wasm-opt-params). Flattening and
  // re-looping the control flow between two -Oz rounds finds another ~0.8 KB of gzip.
  // `--low-memory-unused`: Rust's stack sits below the data and grows down towards address 0, so
  // the first KB is never data; wasm-opt may then fold constant addresses into load offsets
  // (~2 KB of gzip).
  const local = join('node_modules', '.bin', 'wasm-opt');
  execFileSync(existsSync(local) ? local : 'wasm-opt', [
    '-Oz', '--flatten', '--rereloop', '-Oz', '--low-memory-unused', '--enable-bulk-memory', '--enable-bulk-memory-opt', '--enable-nontrapping-float-to-int',
    '--enable-sign-ext', '--enable-reference-types', '--enable-mutable-globals', '--enable-multivalue',
    file, '-o', file,
  ]);
  const after = readFileSync(file);

  // The glue's classes for those exports, and their finalizers, go too; if anything else still
  // names them, the glue is left whole.
  const glue = readdirSync(dir).find((f) => f.endsWith('.js') && name.startsWith(f.slice(0, -3)));
  if (glue) {
    const js = readFileSync(join(dir, glue), 'utf8');
    const stripped = js
      .replace(/^export class IntoUnderlying\w+ \{[\s\S]*?^\}\nif \(Symbol\.dispose\) IntoUnderlying\w+\.prototype\[Symbol\.dispose\] = IntoUnderlying\w+\.prototype\.free;\n+/gm, '')
      .replace(/^const IntoUnderlying\w+Finalization = [^;]*;\n/gm, '');
    if (!/IntoUnderlying|intounderlying/.test(stripped)) writeFileSync(join(dir, glue), stripped);
  }
  console.log(`drop-streams: ${dropped} exports dropped, wasm ${before.length} -> ${after.length} B`);
}
