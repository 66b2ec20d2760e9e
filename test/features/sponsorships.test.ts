// Sponsorships as grants (S10, L9): an activated sponsorship issues a grant at the publisher's tier; the rewards
// team records spend; the next sponsorship waits until the grant is spent or expired.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sweepNow, testApp } from '../support/app.ts';
import { activateSponsorship, addContact, addUser, makePublisher, ok } from '../support/factories.ts';

const t = await testApp();
const DAY = 86_400_000;

/** A transact publisher at the $50K tier with a marketing contact: both sponsorships are unlocked. */
async function atFiftyK() {
  const p = await makePublisher(t, { salesUsd: 60_000, contact: true });
  const base = `/api/v1/publishers/${p.id}`;
  const activate = (benefitId: string) =>
    t.call('POST', `${base}/activations`, { as: p.ownerEmail, body: { benefitId } });
  const grants = async () => (await ok(t.call('GET', `${base}/sponsorships`, { as: p.ownerEmail }))).items;
  return { p, base, activate, grants };
}

describe('[PUBLISHER] sponsorship grants', () => {
  it('[PUBLISHER] gets a grant of the amount at its tier when it activates a sponsorship (S10)', async () => {
    const { activate, grants } = await atFiftyK();
    assert.equal((await activate('deployment-sponsorship')).status, 201);
    const [grant] = await grants();
    assert.equal(grant.benefitId, 'deployment-sponsorship');
    assert.equal(grant.state, 'active');
    assert.deepEqual(
      [grant.amountUsdCents, grant.spentUsdCents, grant.remainingUsdCents],
      [15_000_00, 0, 15_000_00],
    );
    const months = (Date.parse(grant.expiresAt) - Date.parse(grant.startsAt)) / DAY;
    assert.ok(months >= 365 && months <= 366, 'twelve months by default');
  });

  it('[PUBLISHER] is refused a second sponsorship while the first is open, and told until when (L9)', async () => {
    const { base, p, activate, grants } = await atFiftyK();
    await ok(activate('deployment-sponsorship'), 201);
    const refused = await activate('trial-sandbox-sponsorship');
    assert.equal(refused.status, 409);
    assert.equal(refused.body.type, '/problems/sponsorship-outstanding');
    const [grant] = await grants();
    assert.deepEqual(refused.body.waitsFor, {
      benefitId: 'deployment-sponsorship',
      remainingUsdCents: 15_000_00,
      expiresOn: grant.expiresAt.slice(0, 10),
    });
    assert.match(refused.body.detail, /\$15,000/);
    assert.equal((await grants()).length, 1, 'nothing issued');
    const activations = await ok(t.call('GET', `${base}/activations`, { as: p.ownerEmail }));
    assert.equal(activations.items.length, 1, 'no activation either');
  });

  it('[REWARDS TEAM] records spend until the grant is spent; then the next sponsorship is issued', async () => {
    const { base, activate, grants } = await atFiftyK();
    await ok(activate('deployment-sponsorship'), 201);
    const [grant] = await grants();
    const spend = (amountUsdCents: number, as = t.teamEmail) =>
      t.call('POST', `${base}/sponsorships/${grant.id}/spend`, {
        as,
        body: { amountUsdCents, spentOn: '2026-03-02', note: 'Azure credits' },
      });
    const first = await ok(spend(10_000_00), 201);
    assert.deepEqual([first.state, first.remainingUsdCents, first.spend.length], ['active', 5_000_00, 1]);
    const over = await spend(5_000_01);
    assert.equal(over.status, 422);
    assert.equal(over.body.errors[0].pointer, '/body/amountUsdCents');
    const last = await ok(spend(5_000_00), 201);
    assert.deepEqual([last.state, last.remainingUsdCents], ['spent', 0]);
    assert.equal((await spend(1)).body.type, '/problems/grant-closed');
    assert.equal((await activate('trial-sandbox-sponsorship')).status, 201);
    const both = await grants();
    assert.deepEqual(both.map((g: any) => [g.benefitId, g.amountUsdCents]).sort(), [
      ['deployment-sponsorship', 15_000_00],
      ['trial-sandbox-sponsorship', 5_000_00],
    ]);
  });

  it('[REWARDS TEAM] cannot date spend in the future or before the grant started', async () => {
    const { base, activate, grants } = await atFiftyK();
    await ok(activate('deployment-sponsorship'), 201);
    const [grant] = await grants();
    const spend = (spentOn: string) =>
      t.call('POST', `${base}/sponsorships/${grant.id}/spend`, {
        as: t.teamEmail,
        body: { amountUsdCents: 100_00, spentOn, note: '' },
      });
    const today = t.clock.now().toISOString().slice(0, 10);
    for (const [spentOn, code] of [
      ['2062-03-02', 'future-date'],
      ['2026-03-01', 'before-grant'],
    ]) {
      const refused = await spend(spentOn!);
      assert.equal(refused.status, 422, spentOn);
      assert.deepEqual(
        [refused.body.errors[0].pointer, refused.body.errors[0].code],
        ['/body/spentOn', code],
      );
    }
    assert.equal((await grants())[0].spentUsdCents, 0, 'nothing recorded');
    assert.equal((await spend(today)).status, 201, 'the day it started, today');
  });

  it('[REWARDS TEAM] marks a grant spent with a reason, which frees the next sponsorship', async () => {
    const { base, activate, grants } = await atFiftyK();
    await ok(activate('deployment-sponsorship'), 201);
    const [grant] = await grants();
    const marked = await ok(
      t.call('POST', `${base}/sponsorships/${grant.id}/mark-spent`, {
        as: t.teamEmail,
        body: { note: 'The publisher will not use the rest.' },
      }),
    );
    assert.deepEqual([marked.state, marked.spentNote], ['spent', 'The publisher will not use the rest.']);
    assert.equal((await activate('trial-sandbox-sponsorship')).status, 201);
  });

  it('[PUBLISHER] may issue the next sponsorship once the open grant has expired', async () => {
    const { activate } = await atFiftyK();
    await ok(activate('deployment-sponsorship'), 201);
    t.clock.advanceDays(367);
    try {
      const next = await activate('trial-sandbox-sponsorship');
      assert.equal(next.status, 201, JSON.stringify(next.body));
    } finally {
      t.clock.advanceDays(-367);
    }
  });

  it('[MEMBER] reads the grants but records no spend; another publisher sees none of them', async () => {
    const { p, base, activate, grants } = await atFiftyK();
    await ok(activate('deployment-sponsorship'), 201);
    const [grant] = await grants();
    const member = await addUser(t, p, {
      email: `member-${p.id.slice(0, 8)}@example.com`,
      displayName: 'Member',
      role: 'publisher-member',
    });
    assert.equal((await t.call('GET', `${base}/sponsorships`, { as: member.email })).status, 200);
    const spend = { amountUsdCents: 1, spentOn: '2026-03-02', note: '' };
    assert.equal(
      (await t.call('POST', `${base}/sponsorships/${grant.id}/spend`, { as: member.email, body: spend }))
        .status,
      403,
    );
    const other = await makePublisher(t);
    assert.equal((await t.call('GET', `${base}/sponsorships`, { as: other.ownerEmail })).status, 404);
    const elsewhere = `/api/v1/publishers/${other.id}/sponsorships/${grant.id}/spend`;
    assert.equal((await t.call('POST', elsewhere, { as: t.teamEmail, body: spend })).status, 404);
  });

  it('[PUBLISHER] sees the next sponsorship wait for the open grant, and hears until when (L9)', async () => {
    // $600 of sales: the deployment sponsorship ($2,000) is activated; then $60,000 more unlock the trial sandbox.
    const p = await makePublisher(t, { salesUsd: 600, contact: true });
    const base = `/api/v1/publishers/${p.id}`;
    const grant = await activateSponsorship(t, p);
    await ok(
      t.call('POST', `${base}/sponsorships/${grant.id}/spend`, {
        as: t.teamEmail,
        body: { amountUsdCents: 500_00, spentOn: '2026-03-02', note: '' },
      }),
      201,
    );
    await ok(
      t.call('POST', `${base}/billed-sales`, {
        as: t.adminEmail,
        body: { amountUsdCents: 60_000_00, billedOn: t.clock.now().toISOString().slice(0, 10) },
      }),
      201,
    );
    const benefits = await ok(t.call('GET', `${base}/benefits`, { as: p.ownerEmail }));
    const sandbox = benefits.benefits.find((b: any) => b.id === 'trial-sandbox-sponsorship');
    const expiresOn = grant.expiresAt.slice(0, 10);
    assert.equal(sandbox.state, 'available');
    assert.deepEqual(
      sandbox.blockers.map((r: any) => [r.code, r.waitsFor]),
      [
        [
          'sponsorship-outstanding',
          { benefitId: 'deployment-sponsorship', remainingUsdCents: 1_500_00, expiresOn },
        ],
      ],
    );
    const outbox = (await ok(t.call('GET', `${base}/notifications`, { as: p.ownerEmail }))).items;
    const mail = outbox.find(
      (n: any) => n.kind === 'sponsorship-unlocked' && n.payload.benefitId === 'trial-sandbox-sponsorship',
    );
    assert.ok(mail, 'the unlock is announced (S10)');
    const shown = await ok(t.call('GET', `/api/v1/notifications/${mail.id}`, { as: t.teamEmail }));
    assert.match(
      shown.text,
      /once your Azure sponsorship: deployment or proof of concept is spent \(\$1,500\.00 left\)/,
    );
  });

  it('[SYSTEM] reminds the contacts once, in their language, before a grant expires with money left', async () => {
    const p = await makePublisher(t, { salesUsd: 600 });
    const base = `/api/v1/publishers/${p.id}`;
    await addContact(t, p, {
      userId: p.ownerId,
      email: `contact-${p.id.slice(0, 8)}@example.com`,
      language: 'zh-TW',
    });
    const grant = await activateSponsorship(t, p);
    const reminders = async () =>
      (await ok(t.call('GET', `${base}/notifications`, { as: p.ownerEmail }))).items.filter(
        (n: any) => n.kind === 'sponsorship-expiring',
      );
    const daysLeft = (Date.parse(grant.expiresAt) - t.clock.now().getTime()) / 86_400_000;
    t.clock.advanceDays(Math.floor(daysLeft) - 31);
    try {
      assert.equal((await sweepNow(t)).grantReminders, 0, 'not yet: 31 days before expiry');
      t.clock.advanceDays(2);
      assert.ok((await sweepNow(t)).grantReminders >= 1);
      const [mail] = await reminders();
      assert.equal(mail.language, 'zh-TW');
      assert.equal(mail.payload.remainingUsdCents, 2_000_00);
      const shown = await ok(t.call('GET', `/api/v1/notifications/${mail.id}`, { as: t.teamEmail }));
      assert.match(shown.text, /尚有 US\$2,000\.00 未使用/);
      await sweepNow(t);
      assert.equal((await reminders()).length, 1, 'once');
    } finally {
      t.clock.advanceDays(-(Math.floor(daysLeft) - 29));
    }
  });
});
