// The app's strict Content-Security-Policy, with the hash of each inline script (Trunk's wasm
// loader), which changes with every build. `addPolicy` puts it in the built index.html as a meta tag
// (scripts/post-build.mjs); `policyOf` reads it back from there, so the server can send the same
// policy as a header (scripts/serve.sh and the e2e suite pass it to the Caddyfile).
//   node scripts/csp.mjs [dir]          adds the meta tag to dir/index.html (default dist)
//   node scripts/csp.mjs --print [dir]  prints the policy of the built dir/index.html
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The policy for a page whose inline scripts are those of `html`. */
export function policyFor(html) {
  const hashes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
    (m) => `'sha256-${createHash('sha256').update(m[1], 'utf8').digest('base64')}'`,
  );
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`.trim(),
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** Adds (or replaces) the policy meta tag in `dir/index.html`; returns the policy. */
export function addPolicy(dir) {
  const file = join(dir, 'index.html');
  let html = readFileSync(file, 'utf8').replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\s*/g, '');
  const policy = policyFor(html);
  // The release build's HTML is minified (`<meta charset=utf-8>`), the dev build's is not.
  html = html.replace(
    /<meta charset="?utf-8"?\s*\/?>/i,
    (m) => `${m}\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`,
  );
  writeFileSync(file, html);
  console.log(`csp: ${policy.split("'sha256-").length - 1} inline script hash(es) -> ${file}`);
  return policy;
}

/** The policy the built `dir/index.html` carries; throws when it has none. */
export function policyOf(dir) {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const policy = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1];
  if (!policy) throw new Error(`${dir}/index.html carries no Content-Security-Policy meta tag`);
  return policy;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  if (args[0] === '--print') console.log(policyOf(args[1] ?? 'dist'));
  else addPolicy(args[0] ?? process.env.TRUNK_STAGING_DIR ?? 'dist');
}
