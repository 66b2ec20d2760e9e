// The rewards team's operations through the API, with the test clock (no sleeping): clocks late, warned,
// escalated and rerouted; claim, assign, cancel and opt-out; dashboards and their CSV.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sweepClocks } from '../src/features/clocks/clocks.service.ts';
import { csvCell } from '../src/platform/csv.ts';
import { inTransaction } from '../src/platform/db/pool.ts';
import { testApp } from './support/app.ts';
import { makePublisher } from './support/factories.ts';

const t = await testApp('2026-03-02T10:00:00Z');
const sweep = () => {
  const now = t.clock.now();
  return sweepClocks((work) => inTransaction(t.pool, work), t.app.deps.programs.at(now), now);
};
const ok = async (p: Promise<{ status: number; body: any }>, status = 200) => {
  const answer = await p;
  assert.equal(answer.status, status, JSON.stringify(answer.body));
  return answer.body;
};
/** The publisher's owner asks for market research: an activation, and the rewards team's task for it. */
const activate = (pub: { id: string; ownerEmail: string }) =>
  ok(
    t.call('POST', `/api/v1/publishers/${pub.id}/activations`, {
      as: pub.ownerEmail,
      body: { benefitId: 'market-research' },
    }),
    201,
  );
const messages = async (kind: string) =>
  (
    await t.pool.query<{ recipient_email: string; publisher_id: string | null; status: string }>(
      `SELECT recipient_email, publisher_id, status FROM notifications WHERE kind = $1 ORDER BY created_at, id`,
      [kind],
    )
  ).rows;

describe('[CLOCKS] driven by the injected clock', () => {
  it('goes due soon, warned, late, escalated; staff leaving puts their work back in the queue', async () => {
    const pub = await makePublisher(t, { contact: true });
    await activate(pub);
    const [task] = (
      await ok(t.call('GET', `/api/v1/tasks?publisherId=${pub.id}&kind=activation`, { as: t.teamEmail }))
    ).items;
    await ok(t.call('POST', `/api/v1/tasks/${task.id}/claim`, { as: t.teamEmail }));
    const mine = await ok(t.call('GET', '/api/v1/tasks?assignee=me', { as: t.teamEmail }));
    assert.ok(mine.items.some((x: any) => x.id === task.id));
    // Claimed is claimed: a second person's claim is refused (assigning it over is a deliberate act).
    const second = await t.call('POST', `/api/v1/tasks/${task.id}/claim`, { as: t.adminEmail });
    assert.equal(second.status, 409);
    assert.equal(second.body.type, '/problems/task-claimed');
    await ok(t.call('POST', `/api/v1/tasks/${task.id}/claim`, { as: t.teamEmail }), 200);

    await sweep();
    assert.equal((await messages('clock-warning')).length, 0, 'on track: nothing');
    t.clock.advanceDays(5.5);
    const soon = await ok(
      t.call('GET', `/api/v1/tasks?clock=due-soon&publisherId=${pub.id}`, { as: t.teamEmail }),
    );
    assert.deepEqual(
      soon.items.map((x: any) => x.id),
      [task.id],
    );
    assert.equal((await sweep()).warned, 1);
    assert.equal((await sweep()).warned, 0, 'warned once');
    const warnings = await messages('clock-warning');
    assert.deepEqual(
      warnings.map((m) => m.recipient_email),
      [t.teamEmail],
      'the assignee is warned',
    );
    assert.equal(warnings[0]!.publisher_id, null, 'staff messages are not in the publisher outbox');

    t.clock.advanceDays(2);
    const late = await ok(
      t.call('GET', `/api/v1/tasks?clock=late&publisherId=${pub.id}`, { as: t.teamEmail }),
    );
    assert.equal(late.items[0].clock, 'late');
    assert.ok(late.items[0].warnedAt);
    assert.equal((await sweep()).escalated, 1);
    assert.equal((await sweep()).escalated, 0, 'escalated once');
    const escalations = await messages('clock-escalation');
    assert.ok(
      escalations.some((m) => m.recipient_email === t.adminEmail),
      'program admins hear of it',
    );
    const detail = await ok(t.call('GET', `/api/v1/tasks/${task.id}`, { as: t.teamEmail }));
    assert.ok(detail.task.escalatedAt);

    // The assignee leaves: the task goes back to the queue, unassigned.
    const staff = await ok(t.call('GET', '/api/v1/staff', { as: t.adminEmail }));
    const me = staff.items.find((s: any) => s.email === t.teamEmail);
    await ok(t.call('POST', `/api/v1/staff/${me.id}/deactivate`, { as: t.adminEmail }));
    const back = await ok(
      t.call('GET', `/api/v1/tasks?assignee=unassigned&kind=activation&publisherId=${pub.id}`, {
        as: t.adminEmail,
      }),
    );
    assert.deepEqual(
      back.items.map((x: any) => x.id),
      [task.id],
    );
    // A contact after the due time: the promise was missed, and the clock is stopped.
    await ok(
      t.call('POST', `/api/v1/tasks/${task.id}/contacts`, {
        as: t.adminEmail,
        body: { channel: 'email', note: 'Sorry.' },
      }),
      201,
    );
    const missed = await ok(t.call('GET', `/api/v1/tasks/${task.id}`, { as: t.adminEmail }));
    assert.equal(missed.task.clock, 'missed');
    assert.equal(missed.contacts.length, 1);
  });

  it("tells the offer's owner when the welcome window lapses, and reroutes to the publisher's owners when the owner left", async () => {
    const pub = await makePublisher(t, {
      offers: [{ listingOption: 'transact', markets: ['US'], live: false }],
    });
    const base = `/api/v1/publishers/${pub.id}`;
    const owner = await ok(
      t.call('POST', `${base}/users`, {
        as: pub.ownerEmail,
        body: {
          email: `offer-owner-${pub.id.slice(0, 6)}@x.example`,
          displayName: 'Offer Owner',
          role: 'publisher-admin',
        },
      }),
      201,
    );
    await ok(
      t.call('PATCH', `${base}/offers/${pub.offerIds[0]}`, {
        as: pub.ownerEmail,
        body: { ownerUserId: owner.id },
      }),
    );
    await ok(
      t.call('POST', `${base}/offers/${pub.offerIds[0]}/status`, {
        as: t.adminEmail,
        body: { status: 'live' },
      }),
    );
    const liveMessages = (await messages('offer-live')).filter((m) => m.publisher_id === pub.id);
    assert.deepEqual(
      liveMessages.map((m) => m.recipient_email),
      [owner.email],
      'the owner got the go-live message (S11)',
    );
    // The owner leaves before anyone called: the offer and their waiting messages go to the publisher's owner.
    await ok(t.call('POST', `${base}/users/${owner.id}/deactivate`, { as: pub.ownerEmail }));
    const offer = await ok(t.call('GET', `${base}/offers/${pub.offerIds[0]}`, { as: pub.ownerEmail }));
    assert.equal(offer.ownerUserId ?? offer.owner?.id, pub.ownerId);
    const rerouted = (await messages('work-rerouted')).filter((m) => m.publisher_id === pub.id);
    assert.deepEqual(
      rerouted.map((m) => m.recipient_email),
      [pub.ownerEmail],
    );
    const copies = (await messages('offer-live')).filter((m) => m.publisher_id === pub.id);
    assert.deepEqual(
      copies.map((m) => [m.recipient_email, m.status]).sort((a, b) => a[1]!.localeCompare(b[1]!)),
      [
        [owner.email, 'cancelled'],
        [pub.ownerEmail, 'queued'],
      ],
    );

    t.clock.advanceDays(29);
    const result = await sweep();
    assert.ok(result.welcomesLapsed >= 1);
    const lapsed = (await messages('welcome-lapsed')).filter((m) => m.publisher_id === pub.id);
    assert.deepEqual(
      lapsed.map((m) => m.recipient_email),
      [pub.ownerEmail],
    );
    const welcome = await ok(
      t.call('GET', `/api/v1/tasks?kind=welcome&publisherId=${pub.id}`, { as: t.adminEmail }),
    );
    assert.equal(welcome.items[0].clock, 'late');
    assert.ok(welcome.items[0].escalatedAt);
  });
});

describe('[CLOCKS] rerouting a marketing contact who leaves', () => {
  it("sends the messages still waiting for them to the publisher's owners instead", async () => {
    const pub = await makePublisher(t);
    const base = `/api/v1/publishers/${pub.id}`;
    const marketer = await ok(
      t.call('POST', `${base}/users`, {
        as: pub.ownerEmail,
        body: {
          email: `marketer-${pub.id.slice(0, 6)}@x.example`,
          displayName: 'Marketer',
          role: 'publisher-admin',
        },
      }),
      201,
    );
    await ok(
      t.call('POST', `${base}/marketing-contacts`, {
        as: pub.ownerEmail,
        body: {
          userId: marketer.id,
          email: `mkt-${pub.id.slice(0, 6)}@x.example`,
          phone: '+14255550100',
          language: 'zh-TW',
        },
      }),
      201,
    );
    await activate(pub);
    const before = (await messages('activation-received')).filter((m) => m.publisher_id === pub.id);
    assert.deepEqual(
      before.map((m) => m.recipient_email),
      [`mkt-${pub.id.slice(0, 6)}@x.example`],
    );
    await ok(t.call('POST', `${base}/users/${marketer.id}/deactivate`, { as: pub.ownerEmail }));
    const afterwards = (await messages('activation-received')).filter((m) => m.publisher_id === pub.id);
    assert.deepEqual(
      afterwards.map((m) => [m.recipient_email, m.status]).sort((a, b) => a[1]!.localeCompare(b[1]!)),
      [
        [`mkt-${pub.id.slice(0, 6)}@x.example`, 'cancelled'],
        [pub.ownerEmail, 'queued'],
      ],
    );
    // The sweep finds nothing more to reroute: it was done in the deactivation's transaction.
    assert.equal((await sweep()).rerouted, 0);
  });
});

describe('[CLOCKS] rerouting when another contact already has the message', () => {
  it('does not send a recipient a second copy of the same event', async () => {
    const pub = await makePublisher(t);
    const base = `/api/v1/publishers/${pub.id}`;
    const ids: string[] = [];
    for (const who of ['a', 'b']) {
      const user = await ok(
        t.call('POST', `${base}/users`, {
          as: pub.ownerEmail,
          body: {
            email: `${who}-${pub.id.slice(0, 6)}@x.example`,
            displayName: who,
            role: 'publisher-admin',
          },
        }),
        201,
      );
      ids.push(user.id);
      await ok(
        t.call('POST', `${base}/marketing-contacts`, {
          as: pub.ownerEmail,
          body: {
            userId: user.id,
            email: `MKT-${who}-${pub.id.slice(0, 6)}@x.example`,
            phone: '+14255550100',
            language: 'en',
          },
        }),
        201,
      );
    }
    await activate(pub);
    await ok(t.call('POST', `${base}/users/${ids[0]}/deactivate`, { as: pub.ownerEmail }));
    const { rows } = await t.pool.query<{ kind: string; to: string; n: number }>(
      `SELECT kind, lower(recipient_email) AS to, count(*)::int AS n FROM notifications
       WHERE publisher_id = $1 AND status <> 'cancelled' GROUP BY 1, 2 ORDER BY 1, 2`,
      [pub.id],
    );
    assert.deepEqual(
      rows.filter((r) => r.kind === 'activation-received'),
      [{ kind: 'activation-received', to: `mkt-b-${pub.id.slice(0, 6)}@x.example`, n: 1 }],
    );
    assert.deepEqual(
      rows.filter((r) => r.n > 1),
      [],
      'one message per event and recipient',
    );
  });
});

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
