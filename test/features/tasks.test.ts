// The rewards team's queue (src/features/tasks): claiming, assigning, logging contacts, completing and cancelling
// tasks, the queue's order and as CSV, and what a task asks and whom to contact, through the API with the test clock.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { describe, it } from 'node:test';
import { addUser, makePublisher, requestTechnicalHelp } from '../support/factories.ts';
import { operationsHarness } from '../support/operations.ts';

const { t, ok, activate } = await operationsHarness('2026-03-02T10:00:00Z');

/** A publisher with a marketing contact that asked for market research, and the rewards team's task for it. */
async function activationTask() {
  const pub = await makePublisher(t, { contact: true });
  await activate(pub);
  const [task] = (
    await ok(t.call('GET', `/api/v1/tasks?publisherId=${pub.id}&kind=activation`, { as: t.teamEmail }))
  ).items;
  return { pub, task };
}

describe('tasks', () => {
  it('[REWARDS TEAM] claims a task and finds it among their own; another person cannot claim it too', async () => {
    const { task } = await activationTask();
    await ok(t.call('POST', `/api/v1/tasks/${task.id}/claim`, { as: t.teamEmail }));
    const mine = await ok(t.call('GET', '/api/v1/tasks?assignee=me', { as: t.teamEmail }));
    assert.ok(mine.items.some((x: any) => x.id === task.id));
    // Claimed is claimed: a second person's claim is refused (assigning it over is a deliberate act).
    const second = await t.call('POST', `/api/v1/tasks/${task.id}/claim`, { as: t.adminEmail });
    assert.equal(second.status, 409);
    assert.equal(second.body.type, '/problems/task-claimed');
    await ok(t.call('POST', `/api/v1/tasks/${task.id}/claim`, { as: t.teamEmail }), 200);
  });

  it('[REWARDS TEAM] logs a contact after the due time: the promise was missed, and the clock stops', async () => {
    const { task } = await activationTask();
    t.clock.advanceDays(7.5);
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

  it("[PROGRAM ADMIN] assigns a task to a member of staff, never to a publisher's user", async () => {
    const { pub, task } = await activationTask();
    const staff = await ok(t.call('GET', '/api/v1/staff', { as: t.adminEmail }));
    const admin = staff.items.find((s: any) => s.email === t.adminEmail);
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
  });

  it('[PROGRAM ADMIN] cancels a task with a reason, once, and its activation is cancelled', async () => {
    const { pub, task } = await activationTask();
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
      t.call('GET', `/api/v1/publishers/${pub.id}/activations/${task.activationId}`, { as: pub.ownerEmail }),
    );
    assert.equal(activation.status, 'cancelled');
  });

  it("[REWARDS TEAM] cancels a sponsorship's task: its grant closes, and it can be activated again", async () => {
    const pub = await makePublisher(t, { salesUsd: 600, contact: true });
    const base = `/api/v1/publishers/${pub.id}`;
    const activateSponsorship = () =>
      t.call('POST', `${base}/activations`, {
        as: pub.ownerEmail,
        body: { benefitId: 'deployment-sponsorship' },
      });
    await ok(activateSponsorship(), 201);
    const [task] = (
      await ok(t.call('GET', `/api/v1/tasks?publisherId=${pub.id}&kind=activation`, { as: t.teamEmail }))
    ).items;
    await ok(
      t.call('POST', `/api/v1/tasks/${task.id}/cancel`, {
        as: t.teamEmail,
        body: { reason: 'Asked for by mistake.' },
      }),
    );
    const grants = async () =>
      (await ok(t.call('GET', `${base}/sponsorships`, { as: pub.ownerEmail }))).items;
    const [closed] = await grants();
    assert.deepEqual([closed.state, closed.spentNote], ['spent', 'Asked for by mistake.']);
    const again = await activateSponsorship();
    assert.equal(again.status, 201, JSON.stringify(again.body));
    assert.deepEqual((await grants()).map((g: any) => g.state).sort(), ['active', 'spent']);
  });

  it('[PROGRAM ADMIN] exports the queue as CSV that a spreadsheet will not run', async () => {
    const { pub, task } = await activationTask();
    await ok(
      t.call('POST', `/api/v1/tasks/${task.id}/contacts`, {
        as: t.adminEmail,
        body: { channel: 'phone', note: 'Hi' },
      }),
      201,
    );
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
      '"id","publisherId","companyName","mpnId","kind","status","subject","clock","dueAt","contactedAt","assigneeName","createdAt","warnedAt","escalatedAt","cancelReason"',
    );
    assert.ok(lines[1]!.includes(`"'=HYPERLINK(""http://evil"")"`), lines[1]);
  });

  it('[PROGRAM ADMIN] exports cells quoted, so a spreadsheet splitting on semicolons runs no formula', async () => {
    const { pub } = await activationTask();
    await t.pool.query(`UPDATE publishers SET company_name = $2 WHERE id = $1`, [pub.id, 'Contoso;=2+5']);
    const csv = await t.call('GET', `/api/v1/tasks/export?publisherId=${pub.id}`, { as: t.adminEmail });
    assert.equal(csv.status, 200);
    const lines = String(csv.body).trim().split('\r\n');
    // Every cell quoted: a separator inside a cell (a comma or a semicolon) never starts a new one.
    for (const line of lines) assert.match(line, /^"(?:[^"]|"")*"(?:,"(?:[^"]|"")*")*$/, line);
    assert.ok(lines[1]!.includes(',"Contoso;=2+5",'), lines[1]);
  });

  it('[REWARDS TEAM] cannot log a contact on a task it completed', async () => {
    const { task } = await activationTask();
    await ok(
      t.call('POST', `/api/v1/tasks/${task.id}/contacts`, {
        as: t.teamEmail,
        body: { channel: 'phone', note: 'Walked through the review.' },
      }),
      201,
    );
    assert.equal(
      (await t.call('POST', `/api/v1/tasks/${task.id}/complete`, { as: t.teamEmail })).status,
      200,
    );
    assert.equal(
      (
        await t.call('POST', `/api/v1/tasks/${task.id}/contacts`, {
          as: t.teamEmail,
          body: { channel: 'email', note: 'late' },
        })
      ).status,
      409,
    );
  });
});

/** A publisher with a marketing contact and a second user, Dana, who opens requests and tickets. */
async function publisherWithDana() {
  const pub = await makePublisher(t, { contact: true });
  const dana = await addUser(t, pub, { email: `dana-${pub.id.slice(0, 8)}@x.example`, displayName: 'Dana' });
  return { pub, dana, base: `/api/v1/publishers/${pub.id}` };
}

/** The task panel's reading of the one task of a kind the publisher has. */
async function detailOf(pub: { id: string }, kind: string) {
  const [task] = (
    await ok(t.call('GET', `/api/v1/tasks?publisherId=${pub.id}&kind=${kind}`, { as: t.teamEmail }))
  ).items;
  return ok(t.call('GET', `/api/v1/tasks/${task.id}`, { as: t.teamEmail }));
}

describe('what a task asks and whom to contact', () => {
  it("[REWARDS TEAM] reads a technical request's text and offer, the requester and the contacts", async () => {
    const { pub, dana } = await publisherWithDana();
    const description = 'Our AKS deployment fails at the private endpoint step in West Europe.';
    await requestTechnicalHelp(t, pub, dana.email, description, { stage: 'deployment', solution: 'hybrid' });
    const detail = await detailOf(pub, 'technical-request');
    // The task carries the offer the request names (it was null before migration 024).
    assert.equal(detail.task.offerId, pub.offerIds[0]);
    assert.deepEqual(detail.asked, {
      offerId: pub.offerIds[0],
      offerName: 'Offer 1',
      subject: null,
      description,
      stage: 'deployment',
      solution: 'hybrid',
      benefitId: null,
      grantUsdCents: null,
      offerChange: null,
    });
    const [requester, contact, ...rest] = detail.whomToContact;
    assert.deepEqual(rest, []);
    assert.deepEqual(
      [requester.name, requester.email, requester.phone, requester.language, requester.why],
      ['Dana', dana.email, null, null, ['requester']],
    );
    assert.equal(contact.email.startsWith('marketing.person@'), true);
    assert.deepEqual(
      [contact.userId, contact.phone, contact.language, contact.why, contact.active],
      [pub.ownerId, '+14255550100', 'en', ['marketing-contact'], true],
    );
  });

  it("[REWARDS TEAM] reads a support ticket's subject, text and offer, and who opened it", async () => {
    const { pub, dana, base } = await publisherWithDana();
    await ok(
      t.call('POST', `${base}/support-tickets`, {
        as: dana.email,
        body: {
          subject: 'No welcome mail',
          description: 'Live for five weeks, nobody wrote.',
          offerId: pub.offerIds[0],
        },
      }),
      201,
    );
    const { asked, whomToContact } = await detailOf(pub, 'support-ticket');
    assert.deepEqual(
      [asked.subject, asked.description, asked.offerName, asked.stage, asked.benefitId],
      ['No welcome mail', 'Live for five weeks, nobody wrote.', 'Offer 1', null, null],
    );
    assert.deepEqual(
      whomToContact.map((p: any) => [p.userId, p.why]),
      [
        [dana.id, ['requester']],
        [pub.ownerId, ['marketing-contact']],
      ],
    );
  });

  it("[REWARDS TEAM] reads an activation's benefit and a sponsorship's grant; a welcome's offer", async () => {
    const pub = await makePublisher(t, { salesUsd: 600, contact: true });
    await ok(
      t.call('POST', `/api/v1/publishers/${pub.id}/activations`, {
        as: pub.ownerEmail,
        body: { benefitId: 'deployment-sponsorship' },
      }),
      201,
    );
    const activation = await detailOf(pub, 'activation');
    assert.deepEqual(
      [activation.asked.benefitId, activation.asked.grantUsdCents, activation.asked.description],
      ['deployment-sponsorship', 2_000_00, null],
    );
    assert.deepEqual(
      activation.whomToContact.map((p: any) => p.why),
      [['marketing-contact']],
    );
    const welcome = await detailOf(pub, 'welcome');
    assert.deepEqual(
      [welcome.asked.offerId, welcome.asked.offerName, welcome.asked.benefitId, welcome.asked.grantUsdCents],
      [pub.offerIds[0], 'Offer 1', null, null],
    );
  });

  it('[SYSTEM] gives the tasks of earlier technical requests their offer (migration 024)', async () => {
    const { pub, dana } = await publisherWithDana();
    await requestTechnicalHelp(t, pub, dana.email, 'How should we shard tenants across regions?');
    await t.pool.query(
      `UPDATE tasks SET offer_id = NULL WHERE publisher_id = $1 AND kind = 'technical-request'`,
      [pub.id],
    );
    const migration = fs.readFileSync(
      new URL('../../migrations/024_technical_request_task_offer.sql', import.meta.url),
      'utf8',
    );
    await t.pool.query(migration);
    assert.equal((await detailOf(pub, 'technical-request')).task.offerId, pub.offerIds[0]);
  });
});

describe('the order of the queue', () => {
  it('[REWARDS TEAM] sees late work first (escalated on top), then due soon, on track, then contacted', async () => {
    const ids = async (query: string) =>
      (
        await ok(t.call('GET', `/api/v1/tasks?kind=activation&limit=500${query}`, { as: t.teamEmail }))
      ).items.map((x: any) => x.id);
    const mostLate = (await activationTask()).task;
    t.clock.advanceDays(1);
    const lessLate = (await activationTask()).task;
    t.clock.advanceDays(1);
    const dueSoon = (await activationTask()).task;
    t.clock.advanceDays(6.5); // the first two are late by 1.5 and 0.5 days, the third due in 12 hours
    const onTrack = (await activationTask()).task;
    const kept = (await activationTask()).task;
    await ok(
      t.call('POST', `/api/v1/tasks/${kept.id}/contacts`, {
        as: t.teamEmail,
        body: { channel: 'email', note: 'Hi' },
      }),
      201,
    );
    // The clocks' sweep escalated the less late one only (it ran between the two going late).
    await t.pool.query(`UPDATE tasks SET escalated_at = $2 WHERE id = $1`, [lessLate.id, t.clock.now()]);
    const all = await ids('');
    const order = [lessLate, mostLate, dueSoon, onTrack, kept].map((x) => all.indexOf(x.id));
    assert.ok(
      order.every((i) => i >= 0),
      String(order),
    );
    assert.deepEqual(
      [...order].sort((a, b) => a - b),
      order,
      'escalated, late, due soon, on track, contacted',
    );
    const clocks = await ok(t.call('GET', `/api/v1/tasks/${dueSoon.id}`, { as: t.teamEmail }));
    assert.equal(clocks.task.clock, 'due-soon');
    // Open work is what is still to be contacted; a kept promise is in progress, not lost.
    const open = await ids('&status=open');
    assert.ok(!open.includes(kept.id) && open.includes(mostLate.id));
    assert.ok((await ids('&status=contacted')).includes(kept.id));
  });
});
