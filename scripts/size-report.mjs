// The size report the test command prints after the release build:
// 1. every file of dist/ with its raw, gzip and brotli bytes (the .gz/.br written after the build,
//    scripts/compress.mjs), and the totals a visitor downloads from a host that serves them;
// 2. the wasm's largest items by retained size, and its bytes grouped into parts (crates, the app's
//    own modules, each screen), from twiggy run on trunk's un-optimised wasm-bindgen output under
//    target/ (names kept; the shipped wasm is smaller after wasm-opt, the shares are alike).
// The ceilings (tests/e2e/gates.test.mjs) hold back regressions; the report shows where bytes go.
//   node scripts/size-report.mjs [dist]
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { COMPRESSED, filesIn } from './compress.mjs';

/** The ceilings, in KiB (#13): against regressions, not the goal (README, "Size"). */
export const CEILING = { brotli: 280, gzip: 340 };

const kib = (b) => (b / 1024).toFixed(1);

/**
 * Raw, gzip and brotli bytes of each file a browser may download from `dir` (the .br/.gz
 * themselves excluded). `gz`/`br` read the precompressed files beside each asset (null when missing);
 * files that are not compressed count their raw size in the totals, as a host sends them.
 */
export function sizes(dir = 'dist') {
  const rows = filesIn(dir)
    .filter((f) => !/\.(br|gz)$/.test(f))
    .sort()
    .map((file) => {
      const raw = statSync(file).size;
      const beside = (ext) => (existsSync(file + ext) ? statSync(file + ext).size : null);
      return { file: relative(dir, file), raw, gz: beside('.gz'), br: beside('.br'), compressed: COMPRESSED.test(file) };
    });
  const sum = (key) => rows.reduce((s, r) => s + (r.compressed ? r[key] ?? r.raw : r.raw), 0);
  return { rows, total: { raw: sum('raw'), gz: sum('gz'), br: sum('br') } };
}

/** What part of the app a twiggy item (a demangled function or data name) belongs to. */
export function partOf(raw) {
  // `core[c5930c85a12de822]::fmt` (the standard library's mangling) reads as `core::fmt`.
  const name = raw.replace(/\[[0-9a-f]{16}\]/g, '');
  if (/^import \S+_bg\.js::/.test(name)) return 'wasm-bindgen, js-sys, web-sys';
  if (/^data\[|^data segment|^\.rodata|^str\./.test(name)) return 'data segments (strings, tables)';
  // Formatting and panics first: `<T as core::fmt::Debug>::fmt` is formatting, whoever T is.
  if (/core::fmt|alloc::fmt|core::num::flt2dec|panick|panic_|unwrap_failed|expect_failed|core::str::slice_error|::_fmt$|escape_debug/.test(name)) {
    return 'formatting + panics (core::fmt, panic)';
  }
  // Generic code instantiated for a screen counts for that screen.
  const screen = name.match(/microneedling_explorer::screens::(\w+)/);
  if (screen) return `screens::${screen[1]}`;
  if (/leptos_i18n|\bicu_\w+::|fixed_decimal|microneedling_explorer::i18n\b/.test(name)) return 'leptos_i18n + translations (i18n)';
  if (/\bplotters\w*::/.test(name)) return 'plotters (+ canvas backend)';
  if (/\b(leptos|leptos_dom|leptos_macro|tachys|reactive_graph|reactive_stores|any_spawner|server_fn|hydration_context|throw_error|or_poisoned|oco_ref|either_of|next_tuple|wasm_bindgen_futures|futures_\w+|slotmap|send_wrapper|guardian|async_lock|event_listener\w*)::/.test(name)) {
    return 'leptos + runtime';
  }
  const app = name.match(/microneedling_explorer::(\w+)/);
  if (app) return `app: ${app[1]}`;
  if (/(^|[^\w])model::/.test(name)) return 'model (the science)';
  if (/\b(wasm_bindgen|js_sys|web_sys)::/.test(name)) return 'wasm-bindgen, js-sys, web-sys';
  const crate = name.match(/([a-z_][a-z0-9_]*)::/);
  if (crate) return crate[1];
  return 'unnamed items (tables, glue)';
}

/** The un-optimised wasm-bindgen output trunk keeps, or null. */
export function unoptimisedWasm(target = 'target/wasm-bindgen/release') {
  if (!existsSync(target)) return null;
  const name = readdirSync(target).find((f) => f.endsWith('_bg.wasm'));
  return name ? join(target, name) : null;
}

function twiggy(args) {
  return JSON.parse(execFileSync('twiggy', [...args, '-f', 'json'], { maxBuffer: 1 << 28 }).toString());
}

/**
 * twiggy's items of `wasm` (name, shallow and retained bytes), largest retained first: the code and
 * data a browser downloads. Left out: the function-name section (wasm-opt strips it from the shipped
 * file) and the indirect-call table, which "retains" every function reachable through it.
 */
export function items(wasm) {
  return twiggy(['top', '--retained', wasm])
    .filter((i) => !/subsection"?$|^"?(table|elem)\[\d+\]|^custom section/.test(i.name))
    .map((i) => ({ name: i.name, shallow: i.shallow_size, retained: i.retained_size ?? i.shallow_size }));
}

/** The wasm's bytes by part (summed shallow sizes), largest first. */
export function parts(all) {
  const by = new Map();
  for (const i of all) by.set(partOf(i.name), (by.get(partOf(i.name)) ?? 0) + i.shallow);
  return [...by].map(([part, bytes]) => ({ part, bytes })).sort((a, b) => b.bytes - a.bytes);
}

const pad = (s, n) => String(s).padStart(n);
const cut = (s, n) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

export function report(dir = 'dist') {
  const { rows, total } = sizes(dir);
  console.log('[size] file                                        raw B     gzip B   brotli B');
  for (const r of rows) {
    console.log(`[size] ${r.file.padEnd(40)} ${pad(r.raw, 10)} ${pad(r.gz ?? '-', 10)} ${pad(r.br ?? '-', 10)}`);
  }
  console.log(`[size] ${'total'.padEnd(40)} ${pad(total.raw, 10)} ${pad(total.gz, 10)} ${pad(total.br, 10)}`);
  console.log(`[size] total: ${kib(total.raw)} KiB raw, ${kib(total.gz)} KiB gzip (ceiling ${CEILING.gzip}), ${kib(total.br)} KiB brotli (ceiling ${CEILING.brotli})`);

  const wasm = unoptimisedWasm();
  if (!wasm) {
    console.log('[size] no target/wasm-bindgen/release/*_bg.wasm: run `trunk build --release` for the parts');
    return;
  }
  let all;
  try {
    all = items(wasm);
  } catch (e) {
    console.log(`[size] twiggy failed (scripts/setup.sh installs it): ${e.message.split('\n')[0]}`);
    return;
  }
  const bytes = all.reduce((sum, i) => sum + i.shallow, 0);
  const share = (b) => `${((b / bytes) * 100).toFixed(1).padStart(5)} %`;
  console.log(`\n[size] ${wasm}: ${statSync(wasm).size} B un-optimised (before wasm-opt), of which ${bytes} B code and data in ${all.length} items (the shares below are of these)`);
  console.log('[size] top 15 items by retained size (twiggy top --retained):');
  for (const i of all.slice(0, 15)) {
    console.log(`[size]   ${pad(i.retained, 8)} B ${share(i.retained)}  ${cut(i.name.replace(/\[[0-9a-f]{16}\]|::h[0-9a-f]{16}$/g, ''), 110)}`);
  }
  const grouped = parts(all);
  console.log('[size] the wasm by part (shallow bytes; generic code instantiated for a screen counts for the screen):');
  for (const p of grouped.slice(0, 15)) console.log(`[size]   ${pad(p.bytes, 8)} B ${share(p.bytes)}  ${p.part}`);
  console.log('[size] the shares the README follows:');
  const pick = (re) => grouped.filter((p) => re.test(p.part));
  for (const p of [
    ...pick(/^leptos \+ runtime/), ...pick(/^plotters/), ...pick(/^leptos_i18n/), ...pick(/^formatting/),
    ...pick(/^screens::/).sort((a, b) => a.part.localeCompare(b.part)),
  ]) {
    console.log(`[size]   ${pad(p.bytes, 8)} B ${share(p.bytes)}  ${p.part}`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) report(process.argv[2] ?? 'dist');
