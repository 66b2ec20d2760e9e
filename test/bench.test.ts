// The ledger benchmark, run small: it must work (every line in once, the engine agreeing with the lines) and
// write its figures. Its timings are never asserted: these machines are shared and noisy. More publishers than a
// page of the import's lookups (20,000 rows): every one of them is found.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { it } from 'node:test';
import { ROOT } from './support/cli.ts';

it('[BENCH] npm run bench at a small size runs every step and writes its ratios', async (t) => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'rewards-bench-test-'));
  t.after(() => fs.rm(dir, { recursive: true, force: true }));
  const out = path.join(dir, 'ledger.json');
  const code = await new Promise<number | null>((resolve) => {
    const child = spawn(
      process.execPath,
      [path.join(ROOT, 'bench/ledger.ts'), '--publishers', '20500', '--lines', '20000', '--out', out],
      { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] },
    );
    child.on('exit', resolve);
  });
  assert.equal(code, 0);
  const result = JSON.parse(await fs.readFile(out, 'utf8'));
  assert.equal(result.lines, 20_000);
  assert.equal(result.extraLines, 200);
  for (const ratio of Object.values(result.ratios))
    assert.ok(Number.isFinite(ratio) && (ratio as number) > 0);
  assert.ok(result.import.peakRssBytes > 0);
  // The publisher pages were read through the service (every answer a 200, or the bench fails) and timed.
  const { pages } = result;
  assert.ok(pages.big.lines > pages.small.lines && pages.small.lines > 0);
  assert.deepEqual(Object.keys(pages.reads), [
    'benefits',
    'explanation',
    'lines',
    'excluded',
    'excludedLikeForLike',
  ]);
  assert.ok(pages.smallWithExcluded.lines > 0);
  for (const read of Object.values<{ bigToSmall: number; smallToBaseline: number }>(pages.reads)) {
    assert.ok(Number.isFinite(read.bigToSmall) && read.bigToSmall > 0);
    assert.ok(Number.isFinite(read.smallToBaseline) && read.smallToBaseline > 0);
  }
});
