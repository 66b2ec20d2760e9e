// The clocks and operations tests' setup: the app with its test clock, and the helpers both files use.
import assert from 'node:assert/strict';
import { sweepClocks } from '../../src/features/clocks/clocks.service.ts';
import { inTransaction } from '../../src/platform/db/pool.ts';
import { testApp } from './app.ts';

/** Call at a test file's top level: the cleanup it registers runs when the file's tests end. */
export async function operationsHarness(start: string) {
  const t = await testApp(start);
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
