// The billed-sales ledger's use cases: batches from the feed (API), a manual USD line, and the explanation of a
// company's figure: totals by month, the lines that count and those excluded, the tier history and a forecast.
import { randomUUID } from 'node:crypto';
import { forecastReach, salesLeaving } from '../../domain/forecast.ts';
import {
  isStorableText,
  LINE_FIELDS,
  readLine,
  unknownField,
  type Line,
  type RawLine,
} from '../../domain/ledger.ts';
import type { Program } from '../../domain/program.ts';
import { tierFor, trailingWindow } from '../../domain/tiers.ts';
import { addMonths, isoDay } from '../../domain/time.ts';
import type { Db, Tx } from '../../platform/db/pool.ts';
import { invalid } from '../../platform/problems.ts';
import { assertPublisherExists } from '../../usecases/publishers.ts';
import { emitEvent } from '../../usecases/webhooks/emit.ts';
import { applyTierChanges, foldPending } from '../tiers/tiers.service.ts';
import type {
  BatchOutcomeView,
  LedgerLinesView,
  LedgerSummary,
  LinesQuery,
  RecordSaleBody,
  SaleView,
} from './billed-sales.schema.ts';
import { ledgerLines, summaryFacts } from './billed-sales.queries.ts';
import { UUID_TEXT } from './copy.binary.ts';
import { prepareLines, type PreparedBatch } from './ledger.copy.ts';
import { loadLookups } from './ledger.lookups.ts';
import { recordFeedBatch, type BatchSender } from '../feed/feed.queries.ts';
import {
  closeEmptyBatch,
  insertBatch,
  writeLines,
  type NumberedLine,
  type WriteOutcome,
} from './ledger.queries.ts';

/** Tier changes a request applies itself; more are left to `tiers apply` (a recompute can move thousands). */
const INLINE_TIER_CHANGES = 50;

/**
 * Takes a batch of feed lines: each line is checked, the valid ones written once, the batch folded into the tier
 * engine, and the tier changes it causes applied (benefits unlocked, notifications queued), all in `tx`. The
 * batch's record (who sent it, its counts and rejected lines: the feed's history) is written in `tx` too.
 */
export async function ingestBatch(
  tx: Tx,
  program: Program,
  raws: readonly RawLine[],
  sender: BatchSender,
  now: Date,
): Promise<BatchOutcomeView> {
  // The ids to look up; one that cannot be stored (NUL, a lone surrogate) is its line's to be rejected for.
  const text = (field: keyof RawLine) => [
    ...new Set(
      raws.map((r) => (typeof r === 'object' && r !== null ? r[field] : undefined)).filter(isStorableText),
    ),
  ];
  const lookups = await loadLookups(tx, isoDay(now), {
    mpnIds: text('mpnId'),
    publisherIds: text('publisherId'),
    offerIds: text('offerId'),
  });
  const valid: NumberedLine<number>[] = [];
  const outcome: WriteOutcome = { accepted: 0, duplicate: 0, rejects: [] };
  raws.forEach((raw, i) => {
    const unknown = typeof raw === 'object' && raw !== null ? unknownField(raw) : undefined;
    const read: ReturnType<typeof readLine<number>> =
      unknown === undefined
        ? readLine(raw, lookups)
        : {
            ok: false,
            reject: {
              code: 'unknown-field',
              field: null,
              detail: `a line has no field ${JSON.stringify(unknown)}; the fields are ${LINE_FIELDS.join(', ')}`,
            },
          };
    if (read.ok) valid.push({ lineNo: i + 1, line: read.value });
    else outcome.rejects.push({ lineNo: i + 1, reject: read.reject });
  });
  const written = await writePrepared(tx, 'api', prepareLines(valid, lookups), now);
  const rejects = [...outcome.rejects, ...written.rejects].sort((a, b) => a.lineNo - b.lineNo);
  // A batch that added nothing leaves the tier engine alone: nothing else changes.
  const tierChanges = written.accepted > 0 ? await foldAndApply(tx, program, now) : 0;
  const answer = {
    accepted: written.accepted,
    duplicate: written.duplicate,
    rejected: rejects.length,
    rejects: rejects.map(({ lineNo, reject }) => {
      const lineId = raws[lineNo - 1]?.lineId;
      return { line: lineNo, lineId: isStorableText(lineId) ? lineId : null, ...reject };
    }),
    tierChanges,
  };
  const feedId = await recordFeedBatch(
    tx,
    { ...sender, ledgerBatchId: written.batchId, lines: raws.length, ...answer },
    now,
  );
  if (written.batchId !== null)
    await emitBatchProcessed(
      tx,
      written.batchId,
      { batchId: `batch-${feedId}`, key: `batch-${feedId}` },
      now,
    );
  return answer;
}

/**
 * billed-sales.batch.processed to each publisher a ledger batch wrote lines for, with its own counts only; `batchId`
 * names it in the feed's history (`batch-<n>`, `file-<n>`), `key` makes it once (a file sends one per chunk).
 * Only publishers someone follows it for are counted: a file of two million lines with no subscriber costs one
 * look-up of the subscriptions per chunk, and its lines are not read (they were: b/a 0.64 against 0.30-0.37 at
 * 10,000,000 lines, `npm run bench`).
 */
export async function emitBatchProcessed(
  tx: Db,
  ledgerBatchId: number,
  batch: { batchId: string; key: string },
  now: Date,
): Promise<void> {
  const type = 'billed-sales.batch.processed';
  // Who follows it first, in a statement of its own: with nobody, the batch's lines are not read at all (joined to
  // an empty answer, PostgreSQL still read them for every chunk of a file).
  const followed = await tx.query<{ everyone: boolean | null; publishers: string[] | null }>(
    `SELECT bool_or(publisher_id IS NULL) AS everyone,
            array_agg(publisher_id) FILTER (WHERE publisher_id IS NOT NULL) AS publishers
     FROM webhook_subscriptions WHERE enabled AND $1 = ANY (event_types)`,
    [type],
  );
  const { everyone, publishers } = followed.rows[0]!;
  if (!everyone && !publishers) return;
  const { rows } = await tx.query<{ publisher_id: string; accepted: number; usd_cents: number }>(
    `SELECT l.publisher_id, count(*)::int AS accepted, coalesce(sum(l.usd_cents), 0)::bigint AS usd_cents
     FROM ledger_lines l
     WHERE l.batch_id = $1 AND ($2 OR l.publisher_id = ANY ($3::uuid[]))
     GROUP BY l.publisher_id ORDER BY l.publisher_id`,
    [ledgerBatchId, everyone === true, publishers ?? []],
  );
  for (const r of rows)
    await emitEvent(tx, {
      publisherId: r.publisher_id,
      type,
      data: {
        publisherId: r.publisher_id,
        batchId: batch.batchId,
        accepted: r.accepted,
        usdCents: r.usd_cents,
      },
      occurredAt: now,
      key: batch.key,
    });
}

/** Writes lines whose publisher and offer ids are uuid text (a manual line). */
export async function writeBatch(
  tx: Db,
  origin: 'api' | 'import',
  lines: readonly NumberedLine[],
  now: Date,
): Promise<WriteOutcome> {
  return writePrepared(tx, origin, prepareLines(lines, UUID_TEXT), now);
}

/** Writes lines prepared beforehand (a file import prepares the next chunk while this one is written). */
export async function writePrepared(
  tx: Db,
  origin: 'api' | 'import',
  prepared: PreparedBatch,
  now: Date,
): Promise<WriteOutcome & { batchId: number | null }> {
  if (prepared.size === 0) return { accepted: 0, duplicate: 0, rejects: [], batchId: null };
  const batchId = await insertBatch(tx, origin, now);
  const outcome = await writeLines(tx, batchId, prepared);
  // Nothing written (every line a duplicate or refused): nothing for the tier engine, closed at once.
  if (outcome.accepted === 0) await closeEmptyBatch(tx, batchId, now);
  return { ...outcome, batchId };
}

/** Folds what is pending into the tier engine and applies the resulting changes when they are few. */
export async function foldAndApply(tx: Tx, program: Program, now: Date): Promise<number> {
  const run = await foldPending(tx, program, now);
  if (run.changes.length > 0 && run.changes.length <= INLINE_TIER_CHANGES) {
    await applyTierChanges(tx, program, now, { ids: run.changes.map((c) => c.id) });
  }
  return run.changes.length;
}

/** A manual line in USD (the rewards team's correction, or a test's sale): a charge, or a refund when negative. */
export async function recordSale(
  tx: Tx,
  program: Program,
  publisherId: string,
  body: RecordSaleBody,
  now: Date,
): Promise<SaleView> {
  await assertPublisherExists(tx, publisherId);
  if (body.billedOn > isoDay(now)) {
    throw invalid([{ pointer: '/body/billedOn', code: 'future-date', detail: 'is in the future' }]);
  }
  const line: Line = {
    source: 'manual',
    lineId: `manual-${randomUUID()}`,
    publisherId,
    offerId: null,
    customerId: 'manual',
    customerCountry: 'ZZ',
    amountMinor: body.amountUsdCents,
    currency: 'USD',
    usdCents: body.amountUsdCents,
    billedOn: body.billedOn,
    kind: body.amountUsdCents < 0 ? 'refund' : 'charge',
    reverses: null,
    note: body.note ?? null,
  };
  await writeBatch(tx, 'api', [{ lineNo: 1, line }], now);
  await foldAndApply(tx, program, now);
  return {
    source: line.source,
    lineId: line.lineId,
    publisherId,
    amountUsdCents: body.amountUsdCents,
    billedOn: line.billedOn,
    kind: line.kind,
    note: line.note,
    createdAt: now.toISOString(),
  };
}

/** The company's figure explained: totals by month, tier, next tier with its forecast, tier history (L2). */
export async function ledgerSummary(
  db: Db,
  program: Program,
  publisherId: string,
  now: Date,
): Promise<LedgerSummary> {
  const { from, to } = trailingWindow(program, now);
  const { company, months, paceUsdCents, history, disputes } = await summaryFacts(
    db,
    publisherId,
    from,
    to,
    isoDay(addMonths(now, -3)),
  );
  const ttm = months.reduce((sum, m) => sum + m.countedUsdCents, 0);
  const standing = tierFor(program, ttm);
  const pace = Math.round(paceUsdCents / 3);
  const byMonth = new Map(months.map((m) => [m.month, m.countedUsdCents]));
  const leaving = salesLeaving({ asOf: to, trailingMonths: program.windows.trailingMonths, months: byMonth });
  return {
    company,
    from,
    to,
    ttmUsdCents: ttm,
    months,
    tier: { id: standing.tier.id, name: standing.tier.name },
    next: standing.next && {
      tier: { id: standing.next.tier.id, name: standing.next.tier.name },
      missingUsdCents: standing.next.missingUsdCents,
      forecast: {
        paceUsdCentsPerMonth: pace,
        reachedBy: forecastReach({
          asOf: to,
          trailingMonths: program.windows.trailingMonths,
          months: byMonth,
          paceUsdCentsPerMonth: pace,
          targetUsdCents: standing.next.tier.thresholdUsdCents,
        }),
        leavingUsdCents: leaving.usdCents,
        leavingBy: leaving.by,
      },
    },
    disputes,
    history,
  };
}

export async function listLedgerLines(
  db: Db,
  program: Program,
  publisherId: string,
  query: LinesQuery,
  now: Date,
): Promise<LedgerLinesView> {
  const { from, to } = trailingWindow(program, now);
  return { from, to, ...(await ledgerLines(db, publisherId, from, to, query)) };
}
