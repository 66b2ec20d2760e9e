// The rewards team's operations through the API, with the test clock (no sleeping): relisting an offer
// and its welcome; assign, cancel and opt-out; dashboards and their CSV.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { csvCell } from '../src/platform/csv.ts';
import { makePublisher } from './support/factories.ts';
import { operationsHarness } from './support/operations.ts';

const { t, ok, activate } = await operationsHarness('2026-03-02T10:00:00Z');

describe('[OPERATIONS] relisting an offer', () => {
  const welcome = async (publisherId: string) =>
    (
      await t.pool.query<{ status: string; cancel_reason: string | null }>(
        `SELECT status, cancel_reason FROM tasks WHERE publisher_id = $1 AND kind = 'welcome'`,
        [publisherId],
      )
    ).rows;
  const delistRelist = async (publisherId: string, offerId: string) => {
    const url = `/api/v1/publishers/${publisherId}/offers/${offerId}/status`;
    await ok(t.call('POST', url, { as: t.adminEmail, body: { status: 'delisted' } }));
    assert.deepEqual(
      (await welcome(publisherId)).map((w) => w.status),
      ['cancelled'],
    );
    await ok(t.call('POST', url, { as: t.adminEmail, body: { status: 'live' } }));
  };

  it('reopens only the welcome its delisting cancelled', async () => {
    const pub = await makePublisher(t, {
      contact: true,
      offers: [{ listingOption: 'transact', markets: ['US'] }],
    });
    await delistRelist(pub.id, pub.offerIds[0]!);
    assert.deepEqual(await welcome(pub.id), [{ status: 'open', cancel_reason: null }]);
  });

  it('leaves cancelled a welcome the publisher opted out of (L8)', async () => {
    for (const engagement of ['all', 'welcome']) {
      const pub = await makePublisher(t, {
        contact: true,
        offers: [{ listingOption: 'transact', markets: ['US'] }],
      });
      await ok(
        t.call('POST', `/api/v1/publishers/${pub.id}/opt-outs`, {
          as: pub.ownerEmail,
          body: { engagement, note: 'No outreach.' },
        }),
        201,
      );
      await delistRelist(pub.id, pub.offerIds[0]!);
      assert.deepEqual(
        (await welcome(pub.id)).map((w) => w.status),
        ['cancelled'],
        engagement,
      );
    }
  });

  it('leaves cancelled a welcome the rewards team cancelled, and one cancelled at delisting while opted out', async () => {
    const pub = await makePublisher(t, {
      contact: true,
      offers: [{ listingOption: 'transact', markets: ['US'] }],
    });
    const [task] = (
      await ok(t.call('GET', `/api/v1/tasks?publisherId=${pub.id}&kind=welcome`, { as: t.adminEmail }))
    ).items;
    await ok(
      t.call('POST', `/api/v1/tasks/${task.id}/cancel`, {
        as: t.adminEmail,
        body: { reason: 'Welcomed at a conference.' },
      }),
    );
    await delistRelist(pub.id, pub.offerIds[0]!);
    assert.deepEqual(await welcome(pub.id), [
      { status: 'cancelled', cancel_reason: 'Welcomed at a conference.' },
    ]);

    const other = await makePublisher(t, {
      contact: true,
      offers: [{ listingOption: 'transact', markets: ['US'] }],
    });
    const url = `/api/v1/publishers/${other.id}/offers/${other.offerIds[0]}/status`;
    await ok(t.call('POST', url, { as: t.adminEmail, body: { status: 'delisted' } }));
    assert.deepEqual(await welcome(other.id), [{ status: 'cancelled', cancel_reason: 'delisted' }]);
    const optOut = await ok(
      t.call('POST', `/api/v1/publishers/${other.id}/opt-outs`, {
        as: other.ownerEmail,
        body: { engagement: 'welcome', note: 'No outreach.' },
      }),
      201,
    );
    await ok(t.call('POST', url, { as: t.adminEmail, body: { status: 'live' } }));
    assert.deepEqual(
      (await welcome(other.id)).map((w) => w.status),
      ['cancelled'],
    );
    assert.ok(optOut.id);
  });
});

describe('[OPERATIONS] queue, opt-out, dashboards, CSV', () => {
  it('assigns, cancels with a reason, records an opt-out that stops welcomes and announcements (L8)', async () => {
    t.clock.set('2026-06-01T10:00:00Z');
    const pub = await makePublisher(t, {
      contact: true,
      offers: [
        { listingOption: 'transact', markets: ['US'] },
        { listingOption: 'transact', markets: ['US'], live: false },
      ],
    });
    const base = `/api/v1/publishers/${pub.id}`;
    const staff = await ok(t.call('GET', '/api/v1/staff', { as: t.adminEmail }));
    const admin = staff.items.find((s: any) => s.email === t.adminEmail);
    await activate(pub);
    const [task] = (await ok(t.call('GET', `/api/v1/tasks?publisherId=${pub.id}`, { as: t.adminEmail })))
      .items;
    const assigned = await ok(
      t.call('POST', `/api/v1/tasks/${task.id}/assign`, { as: t.adminEmail, body: { assigneeId: admin.id } }),
    );
    assert.equal(assigned.assigneeId, admin.id);
    await ok(
      t.call('POST', `/api/v1/tasks/${task.id}/assign`, {
        as: t.adminEmail,
        body: { assigneeId: pub.ownerId },
      }),
      422,
    );
    const cancelled = await ok(
      t.call('POST', `/api/v1/tasks/${task.id}/cancel`, {
        as: t.adminEmail,
        body: { reason: 'Asked twice by mistake.' },
      }),
    );
    assert.equal(cancelled.status, 'cancelled');
    assert.equal(cancelled.cancelReason, 'Asked twice by mistake.');
    await ok(
      t.call('POST', `/api/v1/tasks/${task.id}/cancel`, { as: t.adminEmail, body: { reason: 'x' } }),
      409,
    );
    const activation = await ok(
      t.call('GET', `${base}/activations/${task.activationId}`, { as: pub.ownerEmail }),
    );
    assert.equal(activation.status, 'cancelled');

    // The publisher opts out of everything; going live then queues no welcome and no announcement.
    const optOut = await ok(
      t.call('POST', `${base}/opt-outs`, {
        as: pub.ownerEmail,
        body: { engagement: 'all', note: 'No outreach.' },
      }),
      201,
    );
    await ok(
      t.call('POST', `${base}/opt-outs`, { as: t.adminEmail, body: { engagement: 'all', note: 'again' } }),
      409,
    );
    await ok(
      t.call('POST', `${base}/offers/${pub.offerIds[1]}/status`, {
        as: t.adminEmail,
        body: { status: 'live' },
      }),
    );
    const view = await ok(t.call('GET', `${base}/engagement`, { as: t.adminEmail }));
    const welcomes = view.tasks.filter((x: any) => x.kind === 'welcome');
    assert.deepEqual(
      welcomes.map((x: any) => [x.offerId, x.status, x.cancelReason]),
      [[pub.offerIds[0], 'cancelled', 'The publisher opted out (L8).']],
      'the open welcome is cancelled, none is made for the new offer',
    );
    assert.equal(view.optOuts[0].id, optOut.id);
    const outbox = await ok(t.call('GET', `${base}/notifications`, { as: pub.ownerEmail }));
    const live = outbox.items.filter((n: any) => ['offer-live', 'self-serve-resources'].includes(n.kind));
    assert.ok(live.length > 0 && live.every((n: any) => n.status === 'suppressed'));
    const withdrawn = await ok(
      t.call('POST', `${base}/opt-outs/${optOut.id}/withdraw`, { as: t.adminEmail }),
    );
    assert.ok(withdrawn.withdrawnAt);
  });

  it('serves the dashboards and exports them and the queue as formula-safe CSV', async () => {
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

    // A company name that a spreadsheet would run as a formula.
    await t.pool.query(`UPDATE publishers SET company_name = $2 WHERE id = $1`, [
      pub.id,
      '=HYPERLINK("http://evil")',
    ]);
    const csv = await t.call('GET', `/api/v1/tasks/export?publisherId=${pub.id}&status=contacted`, {
      as: t.adminEmail,
    });
    assert.equal(csv.status, 200);
    assert.match(String(csv.headers['content-type']), /^text\/csv/);
    const lines = String(csv.body).trim().split('\r\n');
    assert.equal(
      lines[0],
      'id,publisherId,companyName,mpnId,kind,status,subject,clock,dueAt,contactedAt,assigneeName,createdAt,warnedAt,escalatedAt,cancelReason',
    );
    assert.ok(lines[1]!.includes(`"'=HYPERLINK(""http://evil"")"`), lines[1]);
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

  it('neutralises every dangerous first character in a CSV cell', () => {
    for (const dangerous of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx']) {
      const cell = csvCell(dangerous);
      assert.ok(!/^"?[=+\-@\t\r]/.test(cell), JSON.stringify(cell));
      assert.ok(cell.includes(`'${dangerous[0]}`), JSON.stringify(cell));
    }
    assert.equal(csvCell('plain'), 'plain');
    assert.equal(csvCell('a,b'), '"a,b"');
  });
});
