// Program versions: several files, each taking effect on its date; a stored version never changes; a program
// admin publishes one through the API (issue 15, item 4) and exports any as a file.
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
import { testApp } from '../support/app.ts';
import { freshDatabase } from '../support/db.ts';
import { makePublisher, ok } from '../support/factories.ts';
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

describe('program: publishing a version through the API', async () => {
  const s = await testApp('2026-03-02T10:00:00Z');
  /** FY24 as a new version taking effect on `effectiveFrom`, its $25K tier at $30K. */
  const next = (version: string, effectiveFrom: string) => {
    const doc = structuredClone(fy24);
    Object.assign(doc, { version, name: `Marketplace Rewards ${version}`, effectiveFrom });
    doc.tiers.find((tier: any) => tier.id === 'usd-25k').thresholdUsdCents = 30_000_00;
    return doc;
  };
  const publish = (body: unknown, as = s.adminEmail) =>
    s.call('POST', '/api/v1/program/versions', { as, body });

  it('[PROGRAM ADMIN] publishes a version for a later date: listed, exported, previewed, another process sees it', async () => {
    const elsewhere = await ProgramCatalog.load(s.pool);
    const published = await ok(publish(next('FY27', '2026-07-01')), 201);
    assert.deepEqual(published, { version: 'FY27', effectiveFrom: '2026-07-01' });
    const program = await ok(s.call('GET', '/api/v1/program', { as: s.adminEmail }));
    assert.equal(program.inForce.version, 'FY24', 'not before its date');
    assert.ok(program.versions.some((v: any) => v.version === 'FY27'));
    const exported = await s.call('GET', '/api/v1/program/versions/FY27', { as: s.adminEmail });
    assert.equal(exported.headers['content-disposition'], 'attachment; filename="FY27.json"');
    assert.deepEqual(exported.body, next('FY27', '2026-07-01'));
    const p = await makePublisher(s, { salesUsd: 27_000 });
    const preview = await ok(s.call('GET', `/api/v1/publishers/${p.id}/preview`, { as: p.ownerEmail }));
    assert.deepEqual([preview.scheduled.version, preview.scheduled.tier.then.id], ['FY27', 'usd-500']);
    assert.equal(elsewhere.next(s.clock.now()), undefined);
    await elsewhere.refresh(s.pool);
    assert.equal(elsewhere.next(s.clock.now())?.version, 'FY27', 'another process, at its next refresh');
    s.clock.set('2026-07-01T00:00:00Z');
    try {
      const then = await ok(s.call('GET', '/api/v1/program', { as: s.adminEmail }));
      assert.equal(then.inForce.version, 'FY27', 'in force on its date');
    } finally {
      s.clock.set('2026-03-02T10:00:00Z');
    }
  });

  it('[PROGRAM ADMIN] is told what is wrong: a past date, a name or date taken, a bad field; others may not', async () => {
    const past = await publish(next('FY23', '2026-03-01'));
    assert.deepEqual([past.status, past.body.errors[0].pointer], [422, '/body/effectiveFrom']);
    await ok(publish(next('FY28', '2027-07-01')), 201);
    assert.equal((await publish(next('FY28', '2027-08-01'))).body.type, '/problems/program-version-exists');
    assert.equal((await publish(next('FY29', '2027-07-01'))).body.type, '/problems/program-version-exists');
    const falling = next('FY30', '2028-07-01');
    falling.tiers[2].thresholdUsdCents = 1;
    const bad = await publish(falling);
    assert.equal(bad.status, 422);
    assert.match(bad.body.errors[0].pointer, /^\/body\/tiers/);
    assert.equal((await publish({ ...next('FY31', '2029-07-01'), extra: 1 })).status, 422);
    const team = await publish(next('FY32', '2030-07-01'), s.teamEmail);
    assert.equal(team.status, 403);
    const program = await ok(s.call('GET', '/api/v1/program', { as: s.adminEmail }));
    assert.deepEqual(
      program.versions.map((v: any) => v.version).filter((v: string) => v !== 'FY24' && v !== 'FY27'),
      ['FY28'],
      'nothing refused was stored',
    );
  });
});
