// Trunk's post-build hook, one step after the other (trunk starts hooks side by side, and both
// steps rewrite index.html): in a release build, drop unused wasm exports; then add the
// Content-Security-Policy.
import { dropStreams } from './drop-streams.mjs';

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2] ?? 'dist';
if ((process.env.TRUNK_PROFILE ?? 'release') === 'release') dropStreams(dir);
await import('./csp.mjs');
