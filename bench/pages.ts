// npm run bench's step (p): the publisher pages through the service's HTTP stack, started in process on the bench's
// database (bench/ledger.ts), against a primary-key read through the same stack (bench/http.ts).
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type pg from 'pg';
import { inviteStaff } from '../src/features/invitations/invitations.service.ts';
import { loadConfig } from '../src/platform/config.ts';
import { inTransaction, type Pool } from '../src/platform/db/pool.ts';
import { startService } from '../src/server.ts';
import { oneAtATime, signedIn, startFloor, type OneAtATime, type Target } from './http.ts';

/** The reads of (p): name, title, path under /api/v1/publishers/:id. */
const PAGE_READS = [
  ['benefits', 'GET benefits (the Rewards page)', '/benefits'],
  ['explanation', 'GET billed-sales (the explanation)', '/billed-sales'],
  ['lines', 'GET billed-sales/lines?limit=50', '/billed-sales/lines?limit=50'],
  ['excluded', 'GET lines?status=excluded&limit=50', '/billed-sales/lines?status=excluded&limit=50'],
] as const;
const PAGE_WARMUP = 3;
const PAGE_RUNS = 15;

/**
 * The four reads a publisher's pages make, as the service answers them (in process, on this server, as its own
 * role, no workers), for the publisher with the most lines and one with few (the count closest to 17; for the page
 * of excluded lines also the one closest to 17 lines with some excluded, whose page is not empty), against
 * the floor (bench/http.ts: one primary-key SELECT through the service's pool), one request at a time, signed in
 * as a rewards team member (who may read any publisher). Every answer must be 200.
 */
export async function publisherPages(on: {
  /** A client and a pool of the bench's database, as its owner. */
  client: pg.Client;
  pool: Pool;
  /** The database as the service's own role, and as its owner (for migrations). */
  serviceUrl: string;
  migrationUrl: string;
  /** The bench's clock: the invitation is dated by it. */
  now: Date;
  log: (text: string) => void;
}) {
  const { client, pool, now, log } = on;
  const { rows: picked } = await client.query<{ id: string; mpn: string; lines: number }>(
    `(SELECT l.publisher_id AS id, min(p.mpn_id) AS mpn, count(*)::int AS lines
      FROM ledger_lines l JOIN publishers p ON p.id = l.publisher_id
      GROUP BY l.publisher_id ORDER BY count(*) DESC, min(p.mpn_id) LIMIT 1)
     UNION ALL
     (SELECT l.publisher_id, min(p.mpn_id), count(*)::int
      FROM ledger_lines l JOIN publishers p ON p.id = l.publisher_id
      GROUP BY l.publisher_id ORDER BY abs(count(*) - 17), min(p.mpn_id) LIMIT 1)`,
  );
  const [big, small] = picked as [(typeof picked)[number], (typeof picked)[number]];
  // The 17-line publisher has no excluded line: its page of them is empty. For a like-for-like reading of that page,
  // also the publisher closest to 17 lines that has some (a reversal of its own: it and what it voids are excluded).
  const { rows: withExcluded } = await client.query<{ id: string; mpn: string; lines: number }>(
    `WITH reversing AS (
       SELECT DISTINCT publisher_id FROM ledger_lines WHERE kind IN ('cancellation', 'fraud-reversal')
     )
     SELECT l.publisher_id AS id, min(p.mpn_id) AS mpn, count(*)::int AS lines
     FROM ledger_lines l JOIN reversing r ON r.publisher_id = l.publisher_id JOIN publishers p ON p.id = l.publisher_id
     GROUP BY l.publisher_id ORDER BY abs(count(*) - 17), min(p.mpn_id) LIMIT 1`,
  );
  const excludedSmall = withExcluded[0]!;
  // Only what is set here: an inherited DATABASE_SESSION_URL or the like would measure another set-up.
  const service = await startService(
    loadConfig({
      DATABASE_URL: on.serviceUrl,
      MIGRATION_DATABASE_URL: on.migrationUrl,
      PROGRAM_DIR: path.resolve(import.meta.dirname, '../program'),
      PORT: '0',
      LOG_LEVEL: 'error', // not the warning that the portal is not built: its pages are not measured here
      SEED_DEMO: 'false',
      RUN_WORKERS: 'false', // the deferred unlocks stay deferred; no worker polls during the timings
      REQUIRE_STAFF_MFA: 'false',
      SIGN_IN_NOTICES: 'false',
      RATE_LIMIT_PER_MINUTE: '1000000',
    }),
  );
  const floor = await startFloor(service.app.deps.pool);
  try {
    // A rewards team member, invited as `invite --role rewards-team` does, signs in by accepting the invitation.
    const invitation = await inTransaction(pool, (tx) =>
      inviteStaff(
        tx,
        { email: 'bench@rewards.example', displayName: 'Bench', role: 'rewards-team' },
        service.url,
        now,
      ),
    );
    const { headers } = await signedIn(
      await fetch(`${service.url}/api/v1/invitations/accept`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ token: invitation.token, password: randomBytes(18).toString('base64url') }),
      }),
    );
    const targets: Record<string, Target> = { baseline: { url: `${floor.url}/publishers/${small.id}` } };
    for (const [read, , suffix] of PAGE_READS) {
      for (const [size, p] of [
        ['big', big],
        ['small', small],
      ] as const)
        targets[`${read}:${size}`] = { url: `${service.url}/api/v1/publishers/${p.id}${suffix}`, headers };
    }
    targets['excluded:small-excluded'] = {
      url: `${service.url}/api/v1/publishers/${excludedSmall.id}${PAGE_READS[3][2]}`,
      headers,
    };
    // The same answer size: the big publisher's pages cut to as many lines as the small ones' pages hold (50 lines
    // of JSON against 17 or 2 is the answer's size, not the ledger's).
    const itemsOf = async (target: Target) => {
      const answer = (await (await fetch(target.url, { headers: target.headers })).json()) as {
        items: unknown[];
      };
      return Math.max(1, answer.items.length); // a page holds at least one line
    };
    const sameSize = {
      lines: await itemsOf(targets['lines:small']!),
      excluded: await itemsOf(targets['excluded:small-excluded']),
    };
    targets['lines:big-same-size'] = {
      url: `${service.url}/api/v1/publishers/${big.id}/billed-sales/lines?limit=${sameSize.lines}`,
      headers,
    };
    targets['excluded:big-same-size'] = {
      url: `${service.url}/api/v1/publishers/${big.id}/billed-sales/lines?status=excluded&limit=${sameSize.excluded}`,
      headers,
    };
    const measured = await oneAtATime(targets, { warmup: PAGE_WARMUP, runs: PAGE_RUNS });
    const baseline = measured.baseline!;
    const reads = Object.fromEntries(
      PAGE_READS.map(([read, , suffix]) => {
        const [b, s] = [measured[`${read}:big`]!, measured[`${read}:small`]!];
        return [
          read,
          {
            path: `/api/v1/publishers/:id${suffix}`,
            big: b,
            small: s,
            bigToSmall: b.ms / s.ms,
            smallToBaseline: s.ms / baseline.ms,
          },
        ];
      }),
    );
    log(
      `(p)  publisher pages over HTTP, one request at a time, median of ${PAGE_RUNS} after ${PAGE_WARMUP} warm-up: big ${big.mpn} (${big.lines.toLocaleString('en-US')} lines), small ${small.mpn} (${small.lines} lines)`,
    );
    log(
      `       ${'read'.padEnd(36)} ${'big ms'.padStart(8)} ${'small ms'.padStart(9)} ${'big/small'.padStart(10)} ${'small/pk'.padStart(9)}   bytes big / small`,
    );
    log(
      `       ${'baseline: one primary-key SELECT'.padEnd(36)} ${''.padStart(8)} ${baseline.ms.toFixed(2).padStart(9)} ${''.padStart(10)} ${'1.00'.padStart(9)}   ${baseline.bytes}`,
    );
    const row = (title: string, b: OneAtATime, sm: OneAtATime) =>
      log(
        `       ${title.padEnd(36)} ${b.ms.toFixed(2).padStart(8)} ${sm.ms.toFixed(2).padStart(9)} ${(b.ms / sm.ms).toFixed(2).padStart(10)} ${(sm.ms / baseline.ms).toFixed(2).padStart(9)}   ${b.bytes} / ${sm.bytes}`,
      );
    for (const [read, title] of PAGE_READS) row(title, reads[read]!.big, reads[read]!.small);
    const likeForLike = measured['excluded:small-excluded']!;
    const excludedBig = reads.excluded!.big;
    row(
      `excluded lines, small with some: ${excludedSmall.mpn} (${excludedSmall.lines} lines)`,
      excludedBig,
      likeForLike,
    );
    log(`       the same answer size (the big publisher's page cut to the small one's count of lines):`);
    const linesSame = measured['lines:big-same-size']!;
    const excludedSame = measured['excluded:big-same-size']!;
    row(`lines, ${sameSize.lines} a page`, linesSame, reads.lines!.small);
    row(`excluded lines, ${sameSize.excluded} a page (${excludedSmall.mpn})`, excludedSame, likeForLike);
    log(`       targets: big/small <= 1.5, small/pk <= 2`);
    return {
      warmup: PAGE_WARMUP,
      requests: PAGE_RUNS,
      big: { publisherId: big.id, mpnId: big.mpn, lines: big.lines },
      small: { publisherId: small.id, mpnId: small.mpn, lines: small.lines },
      smallWithExcluded: {
        publisherId: excludedSmall.id,
        mpnId: excludedSmall.mpn,
        lines: excludedSmall.lines,
      },
      baseline,
      reads: {
        ...reads,
        excludedLikeForLike: {
          path: reads.excluded!.path,
          big: excludedBig,
          small: likeForLike,
          bigToSmall: excludedBig.ms / likeForLike.ms,
          smallToBaseline: likeForLike.ms / baseline.ms,
        },
      },
      sameAnswerSize: {
        lines: { items: sameSize.lines, big: linesSame, bigToSmall: linesSame.ms / reads.lines!.small.ms },
        excluded: {
          items: sameSize.excluded,
          big: excludedSame,
          bigToSmall: excludedSame.ms / likeForLike.ms,
        },
      },
    };
  } finally {
    await floor.close();
    await service.stop();
  }
}
