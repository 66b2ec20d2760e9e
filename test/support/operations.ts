// The setup of the rewards team's operations tests (clocks, tasks, offers, engagement, dashboards): the app with its
// test clock, and the helpers they share.
import { sweepNow, testApp } from './app.ts';
import { ok } from './factories.ts';

/** Call at a test file's top level: the cleanup it registers runs when the file's tests end. */
export async function operationsHarness(start: string) {
  const t = await testApp(start);
  const sweep = () => sweepNow(t);
  /** The publisher's owner asks for market research: an activation, and the rewards team's task for it. */
  const activate = (pub: { id: string; ownerEmail: string }) =>
    ok(
      t.call('POST', `/api/v1/publishers/${pub.id}/activations`, {
        as: pub.ownerEmail,
        body: { benefitId: 'market-research' },
      }),
      201,
    );
  /** Every message of a kind, oldest first. */
  const messages = async (kind: string) =>
    (
      await t.pool.query<{ recipient_email: string; publisher_id: string | null; status: string }>(
        `SELECT recipient_email, publisher_id, status FROM notifications WHERE kind = $1 ORDER BY created_at, id`,
        [kind],
      )
    ).rows;
  return { t, sweep, ok, activate, messages };
}
