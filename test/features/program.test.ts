// Program versions: several files, each taking effect on its date; a stored version never changes.
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import {
  ProgramCatalog,
  ProgramFileError,
  readProgramDir,
  storeProgramVersions,
} from '../../src/features/program/program.service.ts';
import { inTransaction } from '../../src/platform/db/pool.ts';
import { freshDatabase } from '../support/db.ts';
import { ROOT } from '../support/cli.ts';

const { pool } = await freshDatabase();
const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'rewards-program-'));
after(() => fs.rm(dir, { recursive: true, force: true }));
const fy24 = JSON.parse(await fs.readFile(path.join(ROOT, 'program/fy24.json'), 'utf8'));

/** FY25 as L2 describes it: the top tier moved to $4M. */
function fy25() {
  const doc = structuredClone(fy24);
  doc.version = 'FY25';
  doc.name = 'Marketplace Rewards FY25';
  doc.effectiveFrom = '2024-07-01';
  const top = doc.tiers.at(-1);
  top.thresholdUsdCents = 4_000_000_00;
  top.name = '$4M';
  return doc;
}

describe('program: versions by effective date', () => {
  it('[PROGRAM ADMIN] puts each version in force from its date, and keeps the earlier ones', async () => {
    // Reformatted (one line, no indentation): the same program as the stored FY24.
    await fs.writeFile(path.join(dir, 'fy24.json'), JSON.stringify(fy24));
    await fs.writeFile(path.join(dir, 'fy25.json'), JSON.stringify(fy25()));
    const versions = await readProgramDir(dir);
    await inTransaction(pool, (tx) => storeProgramVersions(tx, versions));
    const catalog = await ProgramCatalog.load(pool);
    assert.equal(catalog.at(new Date('2024-06-30T23:00:00Z')).version, 'FY24');
    assert.equal(catalog.at(new Date('2024-07-01T00:00:00Z')).version, 'FY25');
    assert.equal(catalog.at(new Date('2024-07-01T00:00:00Z')).tiers.at(-1)?.thresholdUsdCents, 4_000_000_00);
    assert.equal(
      catalog.at(new Date('2020-01-01T00:00:00Z')).version,
      'FY24',
      'before any version: the first',
    );
    // Storing the same files again changes nothing.
    await inTransaction(pool, (tx) => storeProgramVersions(tx, versions));
    const { rows } = await pool.query('SELECT version FROM program_versions ORDER BY effective_from');
    assert.deepEqual(
      rows.map((r) => r.version),
      ['FY24', 'FY25'],
    );
  });

  it('[PROGRAM ADMIN] cannot publish a new version that drops a tier id unlocked benefits hold', async () => {
    const { rows } = await pool.query(
      `INSERT INTO publishers (mpn_id, company_name, account_email, created_at) VALUES ('99887766', 'T', 't@t.example', now()) RETURNING id`,
    );
    await pool.query(
      `INSERT INTO benefit_unlocks (publisher_id, benefit_id, unlocked_at, tier_id, listing_type, program_version)
       VALUES ($1, 'deployment-sponsorship', now(), 'usd-5m', 'transact', 'FY24')`,
      [rows[0].id],
    );
    const renamed = fy25();
    renamed.version = 'FY26';
    renamed.effectiveFrom = '2025-07-01';
    renamed.tiers.at(-1).id = 'usd-4m';
    for (const b of renamed.benefits) {
      if (b.amountsByTier?.['usd-5m'] !== undefined) {
        b.amountsByTier['usd-4m'] = b.amountsByTier['usd-5m'];
        delete b.amountsByTier['usd-5m'];
      }
    }
    const other = await fs.mkdtemp(path.join(os.tmpdir(), 'rewards-program-'));
    await fs.writeFile(path.join(other, 'fy26.json'), JSON.stringify(renamed));
    const versions = await readProgramDir(other);
    await assert.rejects(
      inTransaction(pool, (tx) => storeProgramVersions(tx, versions)),
      /tier id "usd-5m" is held by 1 unlocked benefit\(s\); keep the id/,
    );
    await fs.rm(other, { recursive: true, force: true });
  });

  it('[PROGRAM ADMIN] cannot change a stored version, nor have two files claim one version or date', async () => {
    // FY25 as published (stored already if the first case ran: storing it again changes nothing).
    await fs.writeFile(path.join(dir, 'fy24.json'), JSON.stringify(fy24));
    await fs.writeFile(path.join(dir, 'fy25.json'), JSON.stringify(fy25()));
    const published = await readProgramDir(dir);
    await inTransaction(pool, (tx) => storeProgramVersions(tx, published));
    const changed = fy25();
    changed.benefits[0].name = 'Renamed after publication';
    await fs.writeFile(path.join(dir, 'fy25.json'), JSON.stringify(changed));
    const versions = await readProgramDir(dir);
    await assert.rejects(
      inTransaction(pool, (tx) => storeProgramVersions(tx, versions)),
      (error: Error) =>
        error instanceof ProgramFileError && /stored already with other content/.test(error.message),
    );
    await fs.writeFile(path.join(dir, 'fy25b.json'), JSON.stringify({ ...fy25(), version: 'FY25b' }));
    await assert.rejects(readProgramDir(dir), /also used by/);
  });
});
