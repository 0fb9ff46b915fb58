// Post-build step (scripts/post-build.mjs): writes `<file>.br` (brotli, quality 11) and `<file>.gz`
// (zopfli: gzip that any gzip reader opens, about 4.5 % smaller than zlib's level 9 on the wasm)
// beside each .wasm, .js, .css and .html of the build, so a static host that serves precompressed
// files (Caddy `precompressed`, nginx `brotli_static`/`gzip_static`, ...) sends the smallest form
// without compressing on every request. Both come from Debian's `brotli` and `zopfli` packages
// (scripts/setup.sh).
//   node scripts/compress.mjs [dir]
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The kinds of files a browser downloads as text or code, and so the ones worth compressing. */
export const COMPRESSED = /\.(wasm|js|css|html)$/;

/** Every file under `dir`, as paths that start with `dir`. */
export function filesIn(dir) {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? filesIn(p) : [p];
  });
}

/** Writes the .br and .gz of every compressible file under `dir`; returns how many files. */
export function compress(dir) {
  const files = filesIn(dir).filter((f) => COMPRESSED.test(f));
  for (const file of files) {
    // -f overwrites the .br of an earlier run, -k keeps the original beside it.
    execFileSync('brotli', ['--quality=11', '--force', '--keep', `--output=${file}.br`, file]);
    writeFileSync(`${file}.gz`, execFileSync('zopfli', ['-c', file], { maxBuffer: 1 << 26 }));
  }
  console.log(`compress: .br (quality 11) and .gz (zopfli) beside ${files.length} files in ${dir}`);
  return files.length;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) compress(process.argv[2] ?? 'dist');
