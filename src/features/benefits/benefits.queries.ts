// A publisher's recorded unlock of a benefit, as revocation for cause reads and changes it (L6).
import type { RevocationCause } from '../../domain/facts.ts';
import type { Tx } from '../../platform/db/pool.ts';
import { change, first, type Row, sql } from '../../platform/db/tables.ts';

export type UnlockRow = Pick<
  Row<'benefit_unlocks'>,
  'publisher_id' | 'benefit_id' | 'revoked_at' | 'revoked_note'
> & { revoked_reason: RevocationCause | null };

/** The unlock, locked until the transaction ends; undefined when the publisher never unlocked the benefit. */
export async function lockUnlock(
  tx: Tx,
  publisherId: string,
  benefitId: string,
): Promise<UnlockRow | undefined> {
  return first(
    tx,
    sql
      .selectFrom('benefit_unlocks')
      .select(['publisher_id', 'benefit_id', 'revoked_at', 'revoked_reason', 'revoked_note'])
      .where('publisher_id', '=', publisherId)
      .where('benefit_id', '=', benefitId)
      .forNoKeyUpdate()
      .$narrowType<{ revoked_reason: RevocationCause | null }>(),
  );
}

export async function setRevocation(
  tx: Tx,
  unlock: { publisherId: string; benefitId: string },
  revocation: { at: Date; cause: RevocationCause; note: string | null; by: string } | null,
): Promise<void> {
  await change(
    tx,
    sql
      .updateTable('benefit_unlocks')
      .set({
        revoked_at: revocation?.at ?? null,
        revoked_reason: revocation?.cause ?? null,
        revoked_note: revocation?.note ?? null,
        revoked_by: revocation?.by ?? null,
      })
      .where('publisher_id', '=', unlock.publisherId)
      .where('benefit_id', '=', unlock.benefitId),
  );
}

/** The open activations of the benefit (requested or in progress), with their open task if any. */
export async function openActivations(
  tx: Tx,
  publisherId: string,
  benefitId: string,
): Promise<{ id: string; task_id: string | null }[]> {
  const { rows } = await tx.query<Pick<Row<'activations'>, 'id'> & { task_id: Row<'tasks'>['id'] | null }>(
    `SELECT a.id, t.id AS task_id FROM activations a
     LEFT JOIN tasks t ON t.activation_id = a.id AND t.status IN ('open', 'contacted')
     WHERE a.publisher_id = $1 AND a.benefit_id = $2 AND a.status IN ('requested', 'in-progress')
     ORDER BY a.created_at, a.id`,
    [publisherId, benefitId],
  );
  return rows;
}

export async function cancelActivations(tx: Tx, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await change(tx, sql.updateTable('activations').set({ status: 'cancelled' }).where('id', 'in', ids));
}
