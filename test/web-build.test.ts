// The portal's production build stays light: what a first visit downloads before anything shows (the entry
// script, the modules it preloads and the styles) is under 300 KB gzipped (issue 5). Sizes, not timings.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, it } from 'node:test';
import { PORTAL_DIST, PORTAL_PATHS } from '../src/platform/http/portal.ts';
import { ROOT } from './support/cli.ts';

describe('[PORTAL] production build', () => {
  it('loads under 300 KB of gzipped JavaScript and CSS at first', (t) => {
    const index = fs.readFileSync(path.join(PORTAL_DIST, 'index.html'), 'utf8');
    const initial = [...index.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
    assert.ok(
      initial.some((file) => file.endsWith('.js')),
      'index.html names its entry script',
    );
    const gzipped = initial.map((file) => gzipSync(fs.readFileSync(path.join(PORTAL_DIST, file))).length);
    const total = gzipped.reduce((a, b) => a + b, 0);
    t.diagnostic(`initial download: ${initial.length} files, ${(total / 1024).toFixed(1)} KB gzipped`);
    assert.ok(total < 300 * 1024, `${total} bytes gzipped`);
    // Pages are loaded when visited: the build has more than the initial files.
    const all = fs.readdirSync(path.join(PORTAL_DIST, 'assets')).filter((f) => f.endsWith('.js'));
    assert.ok(all.length > initial.length, 'pages are split from the entry');
  });

  it('serves every page the portal routes to, so a reload or a shared link lands on it', () => {
    // The service cannot import the portal's router (JSX), so the two lists are compared here.
    const router = fs.readFileSync(path.join(ROOT, 'web/src/main.tsx'), 'utf8');
    const routed = [...router.matchAll(/'(\/[a-z-]*)': lazy\(/g)].map((m) => m[1]!);
    assert.ok(routed.length >= 6, "the router's pages were found");
    assert.deepEqual(
      routed.filter((p) => !PORTAL_PATHS.includes(p)),
      [],
    );
  });
});
