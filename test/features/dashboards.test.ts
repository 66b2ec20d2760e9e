// The rewards team's dashboards (src/features/dashboards) and their CSV exports, formula-safe.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { makePublisher } from '../support/factories.ts';
import { operationsHarness } from '../support/operations.ts';

const { t, ok, activate } = await operationsHarness('2026-03-02T10:00:00Z');

/** A $60K publisher whose market research activation the program admin has contacted it about. */
async function contactedActivation() {
  const pub = await makePublisher(t, { contact: true, salesUsd: 60_000 });
  await activate(pub);
  const [task] = (
    await ok(t.call('GET', `/api/v1/tasks?publisherId=${pub.id}&kind=activation`, { as: t.adminEmail }))
  ).items;
  await ok(
    t.call('POST', `/api/v1/tasks/${task.id}/contacts`, {
      as: t.adminEmail,
      body: { channel: 'phone', note: 'Hi' },
    }),
    201,
  );
  return pub;
}

describe('dashboards', () => {
  it('[PROGRAM ADMIN] sees the contact rate, open work, activations by benefit and tier, publishers by tier', async () => {
    await contactedActivation();
    const rate = await ok(t.call('GET', '/api/v1/dashboards/contact-rate?weeks=52', { as: t.adminEmail }));
    assert.ok(rate.items.length >= 1);
    const thisWeek = rate.items.at(-1);
    assert.ok(thisWeek.contactedWithinWeek >= 1 && thisWeek.share > 0 && thisWeek.share <= 1);
    const work = await ok(t.call('GET', '/api/v1/dashboards/open-work', { as: t.adminEmail }));
    assert.ok(work.items.every((r: any) => typeof r.age === 'string' && r.open >= r.late));
    const byBenefit = await ok(
      t.call('GET', '/api/v1/dashboards/activations-by-benefit', { as: t.adminEmail }),
    );
    assert.ok(byBenefit.items.some((r: any) => r.benefitId === 'market-research' && r.inProgress >= 1));
    const byTier = await ok(t.call('GET', '/api/v1/dashboards/activations-by-tier', { as: t.adminEmail }));
    assert.ok(byTier.items.some((r: any) => r.tierId === 'usd-50k'));
    const pubs = await ok(t.call('GET', '/api/v1/dashboards/publishers-by-tier', { as: t.adminEmail }));
    assert.ok(pubs.items.reduce((s: number, r: any) => s + r.count, 0) >= 1);
  });

  it('[PROGRAM ADMIN] reads the contact rate over the activations whose week is up, not over this week’s', async () => {
    // A week of its own, so the other cases' activations are not in it.
    t.clock.advanceDays(14);
    await contactedActivation();
    await activate(await makePublisher(t, { contact: true, salesUsd: 60_000 }));
    const week = async () => {
      const { items } = await ok(
        t.call('GET', '/api/v1/dashboards/contact-rate?weeks=4', { as: t.adminEmail }),
      );
      const monday = new Date(t.clock.now());
      monday.setUTCDate(monday.getUTCDate() - ((monday.getUTCDay() + 6) % 7));
      return items.find((r: any) => r.weekStart === monday.toISOString().slice(0, 10));
    };
    // The one not yet contacted is still within its week: it does not count against the promise.
    const now = await week();
    assert.deepEqual(
      [now.activations, now.contactedWithinWeek, now.notYetContacted, now.notYetContactedPastDue, now.share],
      [2, 1, 1, 0, 1],
    );
    t.clock.advanceDays(8);
    const [later] = (
      await ok(t.call('GET', '/api/v1/dashboards/contact-rate?weeks=4', { as: t.adminEmail }))
    ).items.filter((r: any) => r.weekStart === now.weekStart);
    assert.deepEqual([later.notYetContactedPastDue, later.share], [1, 0.5]);
    const csv = await t.call('GET', '/api/v1/dashboards/contact-rate/export?weeks=4', { as: t.adminEmail });
    assert.match(String(csv.body), /"notYetContacted","notYetContactedPastDue","share"\r\n/);
  });

  it('[PROGRAM ADMIN] exports every dashboard as CSV', async () => {
    await contactedActivation();
    for (const name of [
      'contact-rate',
      'open-work',
      'activations-by-benefit',
      'activations-by-tier',
      'publishers-by-tier',
    ]) {
      const answer = await t.call('GET', `/api/v1/dashboards/${name}/export`, { as: t.adminEmail });
      assert.equal(answer.status, 200, name);
      assert.match(String(answer.headers['content-disposition']), new RegExp(`${name}\\.csv`));
    }
  });
});
