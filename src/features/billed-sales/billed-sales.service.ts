// Billed sales as plain USD amounts per day: enough to place publishers in tiers until the ledger lands.
import type { Program } from '../../domain/program.ts';
import { isoDay } from '../../domain/time.ts';
import { trailingWindow } from '../../domain/tiers.ts';
import type { Db } from '../../platform/db/pool.ts';
import { invalid } from '../../platform/http/problems.ts';
import { refreshUnlocks } from '../benefits/benefits.service.ts';
import { assertPublisherExists } from '../publishers/publishers.service.ts';
import type { RecordSaleBody, SaleView } from './billed-sales.schema.ts';

interface SaleRow {
  id: number;
  publisher_id: string;
  amount_usd_cents: number;
  billed_on: string;
  note: string | null;
  created_at: Date;
}

const toView = (r: SaleRow): SaleView => ({
  id: r.id,
  publisherId: r.publisher_id,
  amountUsdCents: r.amount_usd_cents,
  billedOn: r.billed_on,
  note: r.note,
  createdAt: r.created_at.toISOString(),
});

export async function recordSale(
  tx: Db,
  program: Program,
  publisherId: string,
  body: RecordSaleBody,
  now: Date,
): Promise<SaleView> {
  await assertPublisherExists(tx, publisherId);
  if (body.billedOn > isoDay(now)) {
    throw invalid([{ pointer: '/body/billedOn', code: 'future-date', detail: 'is in the future' }]);
  }
  const { rows } = await tx.query<SaleRow>(
    `INSERT INTO billed_sales (publisher_id, amount_usd_cents, billed_on, note, created_at)
     VALUES ($1, $2, $3, $4, $5) RETURNING id, publisher_id, amount_usd_cents, billed_on::text, note, created_at`,
    [publisherId, body.amountUsdCents, body.billedOn, body.note ?? null, now],
  );
  await refreshUnlocks(tx, program, publisherId, now);
  return toView(rows[0]!);
}

export async function trailingSales(db: Db, program: Program, publisherId: string, now: Date) {
  const { from, to } = trailingWindow(program, now);
  const { rows } = await db.query<SaleRow>(
    `SELECT id, publisher_id, amount_usd_cents, billed_on::text, note, created_at FROM billed_sales
     WHERE publisher_id = $1 AND billed_on > $2 AND billed_on <= $3 ORDER BY billed_on DESC, id DESC`,
    [publisherId, from, to],
  );
  return {
    from,
    to,
    ttmUsdCents: rows.reduce((sum, r) => sum + r.amount_usd_cents, 0),
    items: rows.map(toView),
  };
}
