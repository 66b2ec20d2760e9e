// Benefits (src/features/benefits): what a publisher qualifies for and why not (S13), kept when sales drop but not
// with a delisted offer (L6), and unlocked by what they need (L4); revoked for cause by a program admin and
// reinstated (L6).
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { readProgramDir, type ProgramVersion } from '../../src/features/program/program.service.ts';
import { sweepNow, testApp } from '../support/app.ts';
import { ROOT } from '../support/cli.ts';
import { activateSponsorship, addContact, makePublisher, ok } from '../support/factories.ts';

const t = await testApp();
const find = (answer: { body: any }, id: string) => answer.body.benefits.find((b: any) => b.id === id);

describe('benefits', () => {
  it('[PUBLISHER] sees its tier, what the next tier needs, and why a benefit is locked (S13)', async () => {
    const p = await makePublisher(t, { salesUsd: 30_000 });
    const benefits = await t.call('GET', `/api/v1/publishers/${p.id}/benefits`, { as: p.ownerEmail });
    assert.equal(benefits.status, 200);
    assert.equal(benefits.body.tier.id, 'usd-25k');
    assert.equal(benefits.body.nextTier.missingUsdCents, 20_000_00);
    const spotlight = find(benefits, 'customer-success-story');
    assert.equal(spotlight.state, 'locked');
    assert.match(spotlight.reasons[0].message, /\$70,000\.00 more/);
  });

  it('[PUBLISHER] sees the benefits of one category at a time', async () => {
    const p = await makePublisher(t, { salesUsd: 30_000 });
    const tab = await t.call('GET', `/api/v1/publishers/${p.id}/benefits?category=technical`, {
      as: p.ownerEmail,
    });
    assert.deepEqual(
      tab.body.benefits.map((b: any) => b.id),
      ['technical-assistance'],
    );
  });

  it('[PUBLISHER] keeps benefits unlocked when billed sales drop (L6)', async () => {
    const p = await makePublisher(t, { salesUsd: 120_000, contact: true });
    const base = `/api/v1/publishers/${p.id}`;
    const refund = await t.call('POST', `${base}/billed-sales`, {
      as: t.adminEmail,
      body: {
        amountUsdCents: -110_000_00,
        billedOn: t.clock.now().toISOString().slice(0, 10),
        note: 'refund',
      },
    });
    assert.equal(refund.status, 201);
    const after = await t.call('GET', `${base}/benefits`, { as: p.ownerEmail });
    assert.equal(after.body.ttmUsdCents, 10_000_00);
    assert.equal(after.body.tier.id, 'usd-500');
    const story = find(after, 'customer-success-story');
    assert.deepEqual([story.state, story.grandfathered, story.canActivate], ['available', true, true]);
    assert.equal(
      (
        await t.call('POST', `${base}/activations`, {
          as: p.ownerEmail,
          body: { benefitId: 'customer-success-story' },
        })
      ).status,
      201,
    );
  });

  it('[PUBLISHER] keeps no benefit of a delisted offer (L6)', async () => {
    const p = await makePublisher(t, { salesUsd: 60_000 });
    await ok(
      t.call('POST', `/api/v1/publishers/${p.id}/offers/${p.offerIds[0]}/status`, {
        as: t.adminEmail,
        body: { status: 'delisted' },
      }),
    );
    const benefits = await t.call('GET', `/api/v1/publishers/${p.id}/benefits`, { as: p.ownerEmail });
    const sponsorship = find(benefits, 'deployment-sponsorship');
    assert.deepEqual([sponsorship.state, sponsorship.reasons[0].code], ['locked', 'needs-live-offer']);
  });

  it('[PUBLISHER] has what needed a listing optimization unlocked once the optimization is completed (L4)', async () => {
    const p = await makePublisher(t, { salesUsd: 30_000, contact: true });
    const base = `/api/v1/publishers/${p.id}`;
    await ok(
      t.call('POST', `${base}/activations`, {
        as: p.ownerEmail,
        body: { benefitId: 'listing-optimization' },
      }),
      201,
    );
    const [task] = (
      await ok(t.call('GET', `/api/v1/tasks?kind=activation&publisherId=${p.id}`, { as: t.teamEmail }))
    ).items;
    await ok(
      t.call('POST', `/api/v1/tasks/${task.id}/contacts`, {
        as: t.teamEmail,
        body: { channel: 'phone', note: 'Walked through the review.' },
      }),
      201,
    );
    const beforeDone = await t.call('GET', `${base}/benefits`, { as: p.ownerEmail });
    assert.equal(find(beforeDone, 'rewards-testimonial').state, 'locked');
    assert.equal(
      (await t.call('POST', `/api/v1/tasks/${task.id}/complete`, { as: t.teamEmail })).status,
      200,
    );
    const afterDone = await t.call('GET', `${base}/benefits`, { as: p.ownerEmail });
    assert.equal(find(afterDone, 'rewards-testimonial').state, 'available');
  });
});

async function withActivation() {
  const p = await makePublisher(t);
  const base = `/api/v1/publishers/${p.id}`;
  await addContact(t, p, {
    userId: p.ownerId,
    email: `mk-${p.id.slice(0, 8)}@example.com`,
    language: 'zh-TW',
  });
  const activation = await ok(
    t.call('POST', `${base}/activations`, { as: p.ownerEmail, body: { benefitId: 'market-research' } }),
    201,
  );
  const revoke = (body: unknown, as = t.adminEmail, benefitId = 'market-research') =>
    t.call('POST', `${base}/benefits/${benefitId}/revoke`, { as, body });
  const benefit = async (id = 'market-research') =>
    (await ok(t.call('GET', `${base}/benefits`, { as: p.ownerEmail }))).benefits.find(
      (b: any) => b.id === id,
    );
  const mails = async (kind: string) =>
    (await ok(t.call('GET', `${base}/notifications`, { as: p.ownerEmail }))).items.filter(
      (n: any) => n.kind === kind,
    );
  return { p, base, activation, revoke, benefit, mails };
}

describe('[PROGRAM ADMIN] revocation for cause', () => {
  it('[PROGRAM ADMIN] revokes a benefit: locked with the cause, its activation cancelled, the contacts told', async () => {
    const { base, p, activation, revoke, benefit, mails } = await withActivation();
    const revoked = await ok(
      revoke({ cause: 'ip-violation', note: 'Listing copies a competitor’s screenshots.' }),
    );
    assert.deepEqual([revoked.cause, revoked.cancelledActivations], ['ip-violation', 1]);
    const shown = await benefit();
    assert.equal(shown.state, 'locked');
    assert.deepEqual(shown.reasons[0].code, 'revoked-for-cause');
    assert.deepEqual(shown.reasons[0].revoked.cause, 'ip-violation');
    assert.equal(shown.reasons[0].revoked.note, 'Listing copies a competitor’s screenshots.');
    const after = await ok(t.call('GET', `${base}/activations/${activation.id}`, { as: p.ownerEmail }));
    assert.equal(after.status, 'cancelled');
    const tasks = await ok(
      t.call('GET', `/api/v1/tasks?publisherId=${p.id}&kind=activation&status=cancelled`, {
        as: t.teamEmail,
      }),
    );
    assert.match(tasks.items[0].cancelReason, /revoked for an intellectual property violation/);
    const [mail] = await mails('benefit-revoked');
    assert.equal(mail.language, 'zh-TW');
    const text = (await ok(t.call('GET', `/api/v1/notifications/${mail.id}`, { as: t.teamEmail }))).text;
    assert.match(text, /因侵害智慧財產權已被撤銷：Listing copies/);
    const refused = await t.call('POST', `${base}/activations`, {
      as: p.ownerEmail,
      body: { benefitId: 'market-research' },
    });
    assert.equal(refused.body.type, '/problems/benefit-not-available');
  });

  it('[PROGRAM ADMIN] reinstates it: available again, the contacts told, both audited', async () => {
    const { base, revoke, benefit, mails } = await withActivation();
    await ok(revoke({ cause: 'sponsorship-misuse', note: '' }));
    const back = await ok(
      t.call('POST', `${base}/benefits/market-research/reinstate`, {
        as: t.adminEmail,
        body: { note: 'Cleared on review.' },
      }),
    );
    assert.deepEqual([back.revokedAt, back.cause], [null, null]);
    assert.equal((await benefit()).state, 'available');
    assert.equal((await mails('benefit-reinstated')).length, 1);
    const audit = await ok(
      t.call('GET', `/api/v1/audit?publisherId=${encodeURIComponent(base.split('/').pop()!)}`, {
        as: t.adminEmail,
      }),
    );
    const actions = audit.items.map((e: any) => e.action);
    assert.ok(
      actions.some((a: string) => a.includes('/revoke')),
      JSON.stringify(actions),
    );
    assert.ok(
      actions.some((a: string) => a.includes('/reinstate')),
      JSON.stringify(actions),
    );
    const again = await t.call('POST', `${base}/benefits/market-research/reinstate`, {
      as: t.adminEmail,
      body: { note: 'Twice.' },
    });
    assert.equal(again.body.type, '/problems/benefit-not-revoked');
  });

  it('[PROGRAM ADMIN] is told what is wrong: other without a note, a benefit never unlocked, an unknown one', async () => {
    const { revoke } = await withActivation();
    const noNote = await revoke({ cause: 'other', note: '  ' });
    assert.deepEqual([noNote.status, noNote.body.errors[0].pointer], [422, '/body/note']);
    const never = await revoke({ cause: 'delisting', note: '' }, t.adminEmail, 'executive-endorsement');
    assert.equal(never.body.type, '/problems/benefit-not-unlocked');
    const unknown = await revoke({ cause: 'delisting', note: '' }, t.adminEmail, 'no-such-benefit');
    assert.equal(unknown.status, 422);
    assert.equal((await revoke({ cause: 'fraud', note: '' })).status, 422);
  });

  it('[PROGRAM ADMIN] revokes a sponsorship: its grant closes, takes no spend, holds nothing back', async () => {
    const p = await makePublisher(t, { salesUsd: 60_000, contact: true });
    const base = `/api/v1/publishers/${p.id}`;
    const activate = (benefitId: string) =>
      t.call('POST', `${base}/activations`, { as: p.ownerEmail, body: { benefitId } });
    await ok(activate('deployment-sponsorship'), 201);
    const grants = async () => (await ok(t.call('GET', `${base}/sponsorships`, { as: p.ownerEmail }))).items;
    const [grant] = await grants();
    await ok(
      t.call('POST', `${base}/benefits/deployment-sponsorship/revoke`, {
        as: t.adminEmail,
        body: { cause: 'sponsorship-misuse', note: 'Credits resold.' },
      }),
    );
    const [closed] = await grants();
    assert.deepEqual([closed.state, closed.remainingUsdCents], ['spent', 0]);
    assert.match(closed.spentNote, /revoked for sponsorship misuse/);
    const spend = await t.call('POST', `${base}/sponsorships/${grant.id}/spend`, {
      as: t.teamEmail,
      body: { amountUsdCents: 100, spentOn: '2026-03-02', note: '' },
    });
    assert.equal(spend.body.type, '/problems/grant-closed');
    // Reinstated, the benefit is activated again with a grant of its own, not held back by the revoked one.
    await ok(
      t.call('POST', `${base}/benefits/deployment-sponsorship/reinstate`, {
        as: t.adminEmail,
        body: { note: 'Cleared on review.' },
      }),
    );
    const again = await activate('deployment-sponsorship');
    assert.equal(again.status, 201, JSON.stringify(again.body));
    assert.deepEqual((await grants()).map((g: any) => g.state).sort(), ['active', 'spent']);
  });

  it('[SYSTEM] sends no expiry reminder for the grant of a revoked sponsorship', async () => {
    const p = await makePublisher(t, { salesUsd: 600, contact: true });
    const base = `/api/v1/publishers/${p.id}`;
    const grant = await activateSponsorship(t, p);
    await ok(
      t.call('POST', `${base}/benefits/deployment-sponsorship/revoke`, {
        as: t.adminEmail,
        body: { cause: 'illegal-activity', note: '' },
      }),
    );
    const days = Math.floor((Date.parse(grant.expiresAt) - t.clock.now().getTime()) / 86_400_000) - 5;
    t.clock.advanceDays(days);
    try {
      await sweepNow(t);
      const mails = (await ok(t.call('GET', `${base}/notifications`, { as: p.ownerEmail }))).items;
      assert.deepEqual(
        mails.filter((n: any) => n.kind === 'sponsorship-expiring'),
        [],
      );
    } finally {
      t.clock.advanceDays(-days);
    }
  });

  it('[REWARDS TEAM] and [PUBLISHER] cannot revoke; revoking twice keeps the first revocation', async () => {
    const { p, revoke } = await withActivation();
    assert.equal((await revoke({ cause: 'delisting', note: '' }, t.teamEmail)).status, 403);
    assert.equal((await revoke({ cause: 'delisting', note: '' }, p.ownerEmail)).status, 403);
    const first = await ok(revoke({ cause: 'delisting', note: 'Offer removed.' }));
    t.clock.advanceDays(1);
    try {
      const second = await ok(revoke({ cause: 'illegal-activity', note: '' }));
      assert.deepEqual(
        [second.revokedAt, second.cause, second.note],
        [first.revokedAt, 'delisting', 'Offer removed.'],
      );
    } finally {
      t.clock.advanceDays(-1);
    }
  });
});

/** FY27, scheduled for 2026-07-01: the $25K tier moves to $30K, a new benefit, the marketing toolkit dropped. */
async function fy27(): Promise<ProgramVersion> {
  const doc = JSON.parse(await fs.readFile(path.join(ROOT, 'program/fy24.json'), 'utf8'));
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'rewards-fy27-'));
  doc.version = 'FY27';
  doc.name = 'Marketplace Rewards FY27';
  doc.effectiveFrom = '2026-07-01';
  doc.tiers.find((tier: any) => tier.id === 'usd-25k').thresholdUsdCents = 30_000_00;
  doc.benefits = doc.benefits.filter((b: any) => b.id !== 'marketing-toolkit');
  doc.benefits.push({
    ...doc.benefits.find((b: any) => b.id === 'market-research'),
    id: 'partner-showcase',
    name: 'Partner showcase',
    description: 'Your solution in the marketplace partner showcase.',
    prerequisites: [],
  });
  await fs.writeFile(path.join(dir, 'fy27.json'), JSON.stringify(doc));
  const [version] = await readProgramDir(dir);
  await fs.rm(dir, { recursive: true });
  return version!;
}

describe('benefits: the next program year, previewed', async () => {
  const s = await testApp('2026-03-02T10:00:00Z', { programs: [await fy27()] });

  it('[PUBLISHER] sees what the scheduled version changes on its date: tier, gains, losses, kept', async () => {
    const p = await makePublisher(s, { salesUsd: 27_000 });
    const preview = await ok(s.call('GET', `/api/v1/publishers/${p.id}/preview`, { as: p.ownerEmail }));
    const { scheduled } = preview;
    assert.deepEqual([scheduled.version, scheduled.effectiveFrom], ['FY27', '2026-07-01']);
    assert.deepEqual([scheduled.tier.now.id, scheduled.tier.then.id], ['usd-25k', 'usd-500']);
    assert.deepEqual(
      scheduled.gains.map((b: any) => b.id),
      ['partner-showcase'],
    );
    assert.deepEqual(
      scheduled.loses.map((b: any) => b.id),
      ['marketing-toolkit'],
    );
    assert.ok(
      scheduled.keptByGrandfathering.some((b: any) => b.id === 'marketplace-blog-feature'),
      JSON.stringify(scheduled.keptByGrandfathering),
    );
  });

  it('[PROGRAM ADMIN] revokes a benefit the new version unlocked before anything recorded it', async () => {
    const p = await makePublisher(s, { salesUsd: 1_000 });
    s.clock.set('2026-07-02T10:00:00Z');
    try {
      const revoked = await s.call('POST', `/api/v1/publishers/${p.id}/benefits/partner-showcase/revoke`, {
        as: s.adminEmail,
        body: { cause: 'ip-violation', note: 'Showcase uses a trademark.' },
      });
      assert.equal(revoked.status, 200, JSON.stringify(revoked.body));
      const benefits = await ok(s.call('GET', `/api/v1/publishers/${p.id}/benefits`, { as: p.ownerEmail }));
      const showcase = benefits.benefits.find((b: any) => b.id === 'partner-showcase');
      assert.deepEqual([showcase.state, showcase.reasons[0].code], ['locked', 'revoked-for-cause']);
    } finally {
      s.clock.set('2026-03-02T10:00:00Z');
    }
  });

  it('[PUBLISHER] sees nothing scheduled once the version is in force; another publisher sees none of it', async () => {
    const p = await makePublisher(s, { salesUsd: 1_000 });
    const other = await makePublisher(s);
    assert.equal(
      (await s.call('GET', `/api/v1/publishers/${p.id}/preview`, { as: other.ownerEmail })).status,
      404,
    );
    s.clock.set('2026-07-02T10:00:00Z');
    try {
      const preview = await ok(s.call('GET', `/api/v1/publishers/${p.id}/preview`, { as: p.ownerEmail }));
      assert.equal(preview.scheduled, null);
    } finally {
      s.clock.set('2026-03-02T10:00:00Z');
    }
  });
});
