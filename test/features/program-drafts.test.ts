// Program drafts (issue 15, items 1 and 4): a program admin starts the next version from the one in force or a
// file, saves work in progress with its problems listed by field, reads the changes in words, exports it, and
// publishes it for a day today or later; a stale save is refused; the publication is audited.
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { testApp } from '../support/app.ts';
import { ROOT } from '../support/cli.ts';
import { ok } from '../support/factories.ts';

const s = await testApp('2026-03-02T10:00:00Z');
const fy24 = JSON.parse(await fs.readFile(path.join(ROOT, 'program/fy24.json'), 'utf8'));
const DRAFTS = '/api/v1/program/drafts';
const call = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, body?: unknown, as = s.adminEmail) =>
  s.call(method, url, { as, body });
const at = (draft: { id: string }, tail = '') => `${DRAFTS}/${draft.id}${tail}`;
/** The draft's document with its $25K threshold set to `cents`. */
const withThreshold = (doc: any, cents: number) => {
  const copy = structuredClone(doc);
  copy.tiers.find((t: any) => t.id === 'usd-25k').thresholdUsdCents = cents;
  return copy;
};

describe('program drafts', () => {
  it('[PROGRAM ADMIN] starts a draft as a copy of the version in force, and lists it', async () => {
    const draft = await ok(call('POST', DRAFTS, { name: 'FY25 plan' }), 201);
    assert.equal(draft.basedOn, 'FY24');
    assert.equal(draft.revision, 1);
    assert.equal(draft.createdBy, s.adminEmail);
    assert.deepEqual(draft.document, fy24);
    // A copy has the name of the version in force: the one problem until it is renamed.
    assert.deepEqual(
      draft.problems.map((p: any) => p.path),
      ['/version'],
    );
    const list = await ok(call('GET', DRAFTS));
    const listed = list.items.find((d: any) => d.id === draft.id);
    assert.deepEqual([listed.name, listed.version, listed.revision], ['FY25 plan', 'FY24', 1]);
    assert.equal(listed.document, undefined, 'the list carries no documents');
    const { rows } = await s.pool.query(
      `SELECT object_type, object_id FROM audit_log WHERE action = 'POST /api/v1/program/drafts' AND outcome = 'success'`,
    );
    assert.deepEqual(rows.at(-1), { object_type: 'program-draft', object_id: draft.id });
  });

  it('[PROGRAM ADMIN] saves work in progress whatever its problems, each given by the pointer of its field', async () => {
    const draft = await ok(call('POST', DRAFTS, { name: 'Work in progress' }), 201);
    const doc = withThreshold({ ...draft.document, version: 'FY25' }, 1);
    doc.windows.contactPromiseDays = 0;
    doc.benefits[0].minTier = 'usd-7';
    let saved = await ok(call('PUT', at(draft), { revision: 1, name: 'Work in progress', document: doc }));
    assert.equal(saved.revision, 2);
    assert.deepEqual(saved.document, doc, 'saved as sent');
    // The shape first (as a file is checked): the window out of range.
    assert.deepEqual(
      saved.problems.map((p: any) => p.path),
      ['/windows/contactPromiseDays'],
    );
    doc.windows.contactPromiseDays = 7;
    saved = await ok(call('PUT', at(draft), { revision: 2, name: 'Work in progress', document: doc }));
    assert.deepEqual(
      saved.problems.map((p: any) => p.path),
      ['/tiers/2/thresholdUsdCents', '/tiers/3/thresholdUsdCents', '/benefits/0/minTier'].filter(
        (p) => p !== '/tiers/3/thresholdUsdCents',
      ),
    );
    assert.match(saved.problems[0].message, /greater than the previous tier's threshold/);
    const read = await ok(call('GET', at(draft)));
    assert.deepEqual([read.revision, read.problems.length], [3, 2]);
    // Even an empty object is work in progress; what is not an object is refused.
    const empty = await ok(call('PUT', at(draft), { revision: 3, name: 'Empty', document: {} }));
    assert.ok(empty.problems.length > 0);
    const refused = await call('PUT', at(draft), { revision: 4, name: 'Empty', document: [1] });
    assert.equal(refused.status, 422);
    assert.equal(refused.body.errors[0].pointer, '/body/document');
    const unnamed = await call('PUT', at(draft), { revision: 4, name: '', document: {} });
    assert.equal(unnamed.body.errors[0].pointer, '/body/name');
    // What PostgreSQL cannot keep (a NUL character) is refused by field, not a server error.
    const nul = await call('PUT', at(draft), {
      revision: 4,
      name: 'x',
      document: { tiers: [{ name: 'a\u0000' }] },
    });
    assert.deepEqual(
      [nul.status, nul.body.errors?.[0]?.pointer],
      [422, '/body/document/tiers/0/name'],
      JSON.stringify(nul.body),
    );
    const nulName = await call('POST', DRAFTS, { name: '\u0000' });
    assert.deepEqual([nulName.status, nulName.body.errors?.[0]?.pointer], [422, '/body/name']);
  });

  it('[PROGRAM ADMIN] is refused a save over a revision someone saved since (409), and the other work stays', async () => {
    const draft = await ok(call('POST', DRAFTS, { name: 'Shared' }), 201);
    const mine = { revision: 1, name: 'Shared', document: withThreshold(draft.document, 30_000_00) };
    const theirs = { revision: 1, name: 'Shared', document: withThreshold(draft.document, 40_000_00) };
    await ok(call('PUT', at(draft), theirs));
    const stale = await call('PUT', at(draft), mine);
    assert.equal(stale.status, 409);
    assert.equal(stale.body.type, '/problems/draft-changed');
    const read = await ok(call('GET', at(draft)));
    assert.equal(read.document.tiers[2].thresholdUsdCents, 40_000_00);
    const gone = await call('PUT', `${DRAFTS}/00000000-0000-4000-8000-000000000000`, mine);
    assert.equal(gone.status, 404);
  });

  it('[PROGRAM ADMIN] reads what a draft changes in words, and exports it as a file', async () => {
    const draft = await ok(call('POST', DRAFTS, { name: 'FY25 thresholds' }), 201);
    const doc = withThreshold({ ...draft.document, version: 'FY25' }, 30_000_00);
    await ok(call('PUT', at(draft), { revision: 1, name: 'FY25 thresholds', document: doc }));
    const diff = await ok(call('GET', at(draft, '/diff')));
    assert.equal(diff.against, 'FY24');
    assert.deepEqual(
      diff.changes.map((c: any) => c.text),
      ['Program: version FY24 → FY25', 'Tier $25K: threshold $25,000 → $30,000'],
    );
    const exported = await call('GET', at(draft, '/export'));
    assert.equal(exported.status, 200);
    assert.equal(exported.headers['content-disposition'], 'attachment; filename="FY25-thresholds.json"');
    assert.deepEqual(exported.body, doc);
  });

  it('[PROGRAM ADMIN] imports a program file as a draft, even one with problems, and deletes a draft', async () => {
    const file = { ...withThreshold(fy24, 1), version: 'FY26' };
    const draft = await ok(call('POST', DRAFTS, { name: 'From a file', document: file }), 201);
    assert.deepEqual(draft.document, file);
    assert.deepEqual(
      draft.problems.map((p: any) => p.path),
      ['/tiers/2/thresholdUsdCents'],
    );
    await ok(call('DELETE', at(draft)), 204);
    assert.equal((await call('GET', at(draft))).status, 404);
    assert.equal((await call('DELETE', at(draft))).status, 404);
    const notObject = await call('POST', DRAFTS, { name: 'Bad', document: 'FY26' });
    assert.equal(notObject.status, 422);
  });

  it('[PROGRAM ADMIN] publishes a draft for a later date: a version in force then, the draft gone, audited', async () => {
    const draft = await ok(call('POST', DRAFTS, { name: 'FY27' }), 201);
    const doc = withThreshold(
      { ...draft.document, version: 'FY27', name: 'Marketplace Rewards FY27' },
      30_000_00,
    );
    await ok(call('PUT', at(draft), { revision: 1, name: 'FY27', document: doc }));
    const published = await ok(
      call('POST', at(draft, '/publish'), { revision: 2, effectiveFrom: '2026-07-01' }),
      201,
    );
    assert.deepEqual(published, { version: 'FY27', effectiveFrom: '2026-07-01' });
    assert.equal((await call('GET', at(draft))).status, 404, 'the draft became the version');
    const exported = await ok(call('GET', '/api/v1/program/versions/FY27'));
    assert.deepEqual(exported, { ...doc, effectiveFrom: '2026-07-01' });
    const program = await ok(call('GET', '/api/v1/program'));
    assert.equal(program.inForce.version, 'FY24', 'not before its date');
    s.clock.set('2026-07-01T00:00:00Z');
    try {
      const then = await ok(call('GET', '/api/v1/program'));
      assert.equal(then.inForce.tiers[2].thresholdUsdCents, 30_000_00, 'in force on its date');
    } finally {
      s.clock.set('2026-03-02T10:00:00Z');
    }
    const { rows } = await s.pool.query(
      `SELECT actor_label, object_type, object_id, detail FROM audit_log WHERE action = 'POST /api/v1/program/drafts/:draftId/publish' AND outcome = 'success'`,
    );
    assert.deepEqual([rows[0].object_type, rows[0].object_id], ['program-version', 'FY27']);
    assert.match(rows[0].detail, /draft "FY27" .* published as FY27, in force from 2026-07-01/);
  });

  it('[PROGRAM ADMIN] cannot publish a draft with problems, a past date, a stale revision or a taken date', async () => {
    const draft = await ok(call('POST', DRAFTS, { name: 'Not yet' }), 201);
    const broken = await call('POST', at(draft, '/publish'), { revision: 1, effectiveFrom: '2026-08-01' });
    assert.equal(broken.status, 422);
    assert.deepEqual(
      broken.body.errors.map((e: any) => e.pointer),
      ['/document/version'],
    );
    const doc = withThreshold({ ...draft.document, version: 'FY28' }, 1);
    await ok(call('PUT', at(draft), { revision: 1, name: 'Not yet', document: doc }));
    const falling = await call('POST', at(draft, '/publish'), { revision: 2, effectiveFrom: '2026-08-01' });
    assert.deepEqual(
      falling.body.errors.map((e: any) => e.pointer),
      ['/document/tiers/2/thresholdUsdCents'],
    );
    await ok(
      call('PUT', at(draft), { revision: 2, name: 'Not yet', document: withThreshold(doc, 30_000_00) }),
    );
    const stale = await call('POST', at(draft, '/publish'), { revision: 2, effectiveFrom: '2026-08-01' });
    assert.equal(stale.body.type, '/problems/draft-changed');
    const past = await call('POST', at(draft, '/publish'), { revision: 3, effectiveFrom: '2026-03-01' });
    assert.deepEqual([past.status, past.body.errors[0].pointer], [422, '/body/effectiveFrom']);
    const taken = await call('POST', at(draft, '/publish'), { revision: 3, effectiveFrom: '2023-07-01' });
    assert.equal(taken.status, 422, 'a past date before a taken one');
    await ok(call('POST', at(draft, '/publish'), { revision: 3, effectiveFrom: '2026-03-02' }), 201);
    const again = await ok(call('POST', DRAFTS, { name: 'Same day' }), 201);
    const sameDay = { ...again.document, version: 'FY29' };
    await ok(call('PUT', at(again), { revision: 1, name: 'Same day', document: sameDay }));
    const clash = await call('POST', at(again, '/publish'), { revision: 2, effectiveFrom: '2026-03-02' });
    assert.equal(clash.body.type, '/problems/program-version-exists');
    assert.equal((await call('GET', at(again))).status, 200, 'a refused draft stays');
  });

  it('[REWARDS TEAM] may not read, start or publish drafts', async () => {
    const draft = await ok(call('POST', DRAFTS, { name: 'Admins only' }), 201);
    assert.equal((await call('GET', DRAFTS, undefined, s.teamEmail)).status, 403);
    assert.equal((await call('POST', DRAFTS, { name: 'x' }, s.teamEmail)).status, 403);
    const publish = { revision: 1, effectiveFrom: '2027-01-01' };
    assert.equal((await call('POST', at(draft, '/publish'), publish, s.teamEmail)).status, 403);
  });
});
