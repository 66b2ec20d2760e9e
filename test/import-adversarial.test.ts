// Files an adversarial feed might send, through the in-process import: a field named twice in an NDJSON line, a
// byte-order mark, a line longer than the reader takes, invisible characters at the end of an id.
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { FIRST_MPN, HEADER, seedPublishers } from '../bench/synthetic.ts';
import { importFile } from '../src/features/imports/imports.service.ts';
import { ProgramCatalog } from '../src/features/program/program.service.ts';
import { freshDatabase } from './support/db.ts';

const db = await freshDatabase();
{
  const client = await db.pool.connect();
  await seedPublishers(client, 2, new Date());
  client.release();
}
const programs = await ProgramCatalog.load(db.pool);
const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'rewards-adversarial-'));
const day = new Date(Date.now() - 3 * 86_400_000).toISOString().slice(0, 10);
let n = 0;
const importText = async (name: string, content: string | Buffer) => {
  const file = path.join(dir, `${++n}-${name}`);
  await fs.writeFile(file, content);
  return importFile(db.pool, { kind: 'billed-sales', file, programs, now: () => new Date() });
};
const csv = (id: string, amount = 100, extra: Partial<Record<'customer' | 'line', string>> = {}) =>
  `mp,${extra.line ?? id},${FIRST_MPN},o0-0,${extra.customer ?? 'c1'},US,${amount},USD,${day},charge,`;
const json = (id: string, amount = 100) =>
  JSON.stringify({
    source: 'mp',
    lineId: id,
    mpnId: String(FIRST_MPN),
    offerId: 'o0-0',
    customerId: 'c1',
    customerCountry: 'US',
    amountMinor: amount,
    currency: 'USD',
    billedOn: day,
    kind: 'charge',
  });
const stored = async (like: string) =>
  (
    await db.pool.query(
      'SELECT line_id, amount_minor::int AS amount FROM ledger_lines WHERE line_id LIKE $1 ORDER BY 1',
      [like],
    )
  ).rows;

describe('[IMPORT] NDJSON files', () => {
  it('a line naming amountMinor twice is refused, not counted with the last value (item 4 class)', async () => {
    const line = json('dupkey-1', 10000).replace(
      '"amountMinor":10000',
      '"amountMinor":10000,"amountMinor":900000',
    );
    const s = await importText('dupkey.ndjson', `${line}\n`);
    assert.deepEqual(await stored('dupkey-%'), [], `stored: ${JSON.stringify(await stored('dupkey-%'))}`);
    assert.equal(s.rejected, 1);
  });

  it('a file saved with a UTF-8 byte-order mark has its first line read (the CSV reader strips it)', async () => {
    const s = await importText('bom.ndjson', `\uFEFF${json('bom-1')}\n${json('bom-2')}\n`);
    assert.equal(s.accepted, 2, JSON.stringify(s));
  });
});

describe('[IMPORT] CSV files', () => {
  it('one overlong line is rejected alone; the file still finishes', async () => {
    const long = csv('long-2', 100, { customer: 'x'.repeat(1_200_000) });
    let summary;
    try {
      summary = await importText('long.csv', `${HEADER}\n${csv('long-1')}\n${long}\n${csv('long-3')}\n`);
    } catch (error) {
      assert.fail(`the whole import failed: ${(error as Error).message}`);
    }
    assert.deepEqual([summary.accepted, summary.rejected], [2, 1]);
  });

  it('holds: old-Mac \\r line breaks, BOM with a quoted header, header with spaces, no final newline', async () => {
    const header = HEADER.split(',')
      .map((h) => ` ${h} `)
      .join(',');
    const s1 = await importText('mac.csv', `${HEADER}\r${csv('mac-1')}\r\r${csv('mac-2')}`);
    assert.deepEqual([s1.accepted, s1.rejected], [2, 0]);
    const s2 = await importText('bom.csv', `\uFEFF"source",${HEADER.slice(7)}\r\n${csv('qbom-1')}\r\n`);
    assert.deepEqual([s2.accepted, s2.rejected], [1, 0]);
    const s3 = await importText('spaces.csv', `${header}\n${csv('sp-1')}`);
    assert.deepEqual([s3.accepted, s3.rejected], [1, 0]);
  });

  it('an id ending with a C1 control character or a zero-width space is refused, not another key', async () => {
    const s = await importText(
      'invisible.csv',
      `${HEADER}\n${csv('inv-1')}\n${csv('inv-1\u0085')}\n${csv('inv-1\u200b')}\n${csv('inv-1\u2060')}\n`,
    );
    const rows = await stored('inv-1%');
    assert.equal(
      rows.length,
      1,
      `one key, counted once; stored ${JSON.stringify(rows.map((r) => r.line_id))}`,
    );
    assert.equal(s.rejected, 3);
  });
});
