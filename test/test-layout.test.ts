// The layout of the tests guards itself (issue 14): a feature's tests are in test/features/<feature>.test.ts, named
// after a folder of src/features/; every case there and in test/journeys/ is named by the actor it is about and
// is at most 100 lines; the journeys stay few. The cases are read with the TypeScript compiler (support/layout.ts).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { ROOT } from './support/cli.ts';
import { casesIn } from './support/layout.ts';

const ACTORS = ['PUBLISHER', 'MEMBER', 'REWARDS TEAM', 'PROGRAM ADMIN', 'FEED', 'SYSTEM'];
const NAMED = new RegExp(`^\\[(${ACTORS.join('|')})\\] \\S`);
const MAX_LINES = 100;
const MAX_JOURNEYS = 2;

const testFiles = (dir: string) =>
  fs
    .readdirSync(path.join(ROOT, dir))
    .filter((name) => name.endsWith('.test.ts'))
    .sort()
    .map((name) => path.join(dir, name));
const files = [...testFiles('test/features'), ...testFiles('test/journeys')];
const cases = files.flatMap((file) => casesIn(path.join(ROOT, file)).map((c) => ({ file, ...c })));
const where = (c: { file: string; line: number }) => `${c.file}:${c.line}`;

describe('[LAYOUT] tests by feature', () => {
  it('names each file of test/features/ after a folder of src/features/', () => {
    const features = new Set(fs.readdirSync(path.join(ROOT, 'src/features')));
    const strays = testFiles('test/features').filter((f) => !features.has(path.basename(f, '.test.ts')));
    assert.deepEqual(strays, [], 'a test file of test/features/ with no feature of that name');
  });

  it('finds the cases of every file', () => {
    const empty = files.filter((file) => !cases.some((c) => c.file === file));
    assert.deepEqual(empty, [], 'files in which no it(...) was found');
    assert.ok(cases.length > 100, `${cases.length} cases`);
  });

  it(`keeps every case of test/features/ and test/journeys/ to ${MAX_LINES} lines`, () => {
    const long = cases
      .filter((c) => c.lines > MAX_LINES)
      .map((c) => `${where(c)} ${c.lines} lines: ${c.name}`);
    assert.deepEqual(long, [], `split these cases, each setting up what it needs`);
  });

  it('names every case of test/features/ and test/journeys/ by its actor: [PUBLISHER] cannot ...', () => {
    const unnamed = cases.filter((c) => !NAMED.test(c.name)).map((c) => `${where(c)} ${c.name}`);
    assert.deepEqual(unnamed, [], `start each name with one of ${ACTORS.map((a) => `[${a}]`).join(', ')}`);
  });

  it(`keeps the journeys few: at most ${MAX_JOURNEYS}`, () => {
    const journeys = cases.filter((c) => c.file.startsWith('test/journeys/')).map((c) => c.name);
    assert.ok(journeys.length <= MAX_JOURNEYS, journeys.join('\n'));
  });

  it('counts the lines of a case from it( to its closing parenthesis, nested or not', () => {
    const text = [
      "describe('x', () => {",
      "  it('[FEED] a', async () => {",
      '    await f();',
      '  });',
      "  it(`[SYSTEM] ${'b'}`, () => g());",
      '});',
      "test('c', () => {});",
    ].join('\n');
    assert.deepEqual(casesIn('example.ts', text), [
      { name: '[FEED] a', line: 2, lines: 3 },
      { name: '[SYSTEM] ${...}', line: 5, lines: 1 },
      { name: 'c', line: 7, lines: 1 },
    ]);
  });
});
