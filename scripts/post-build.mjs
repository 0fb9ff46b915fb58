// Trunk's post-build hook, one step after the other (trunk starts hooks side by side, and these
// steps rewrite the same files). In a release build: drop unused wasm exports, minify the JS glue
// (trunk leaves it as wasm-bindgen wrote it), and update the integrity hashes of index.html's
// links to match. Then, always, add the Content-Security-Policy. Last in a release build, every file
// final by then: write the precompressed .br and .gz beside each asset (scripts/compress.mjs).
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { addPolicy } from './csp.mjs';
import { compress } from './compress.mjs';
import { dropStreams } from './drop-streams.mjs';

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2] ?? 'dist';
const release = (process.env.TRUNK_PROFILE ?? 'release') === 'release';
if (release) {
  dropStreams(dir);
  const terser = join('node_modules', '.bin', 'terser');
  for (const js of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
    const file = join(dir, js);
    execFileSync(existsSync(terser) ? terser : 'terser', [file, '--module', '--compress', '--mangle', '-o', file]);
  }
  const html = join(dir, 'index.html');
  const page = readFileSync(html, 'utf8').replace(/<link[^>]*>/g, (tag) => {
    const href = tag.match(/href="?\.\/([^" >]+)/)?.[1];
    if (!href || !/integrity=/.test(tag) || !existsSync(join(dir, href))) return tag;
    const hash = createHash('sha384').update(readFileSync(join(dir, href))).digest('base64');
    return tag.replace(/sha384-[A-Za-z0-9+/=]+/, `sha384-${hash}`);
  });
  writeFileSync(html, page);
}
addPolicy(dir);
if (release) compress(dir);
