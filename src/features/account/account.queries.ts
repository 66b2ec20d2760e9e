// The second factor's rows, the person's sessions and their publisher's requirement.
import type { Db } from '../../platform/db/pool.ts';
import { change, first, run, sql } from '../../platform/db/tables.ts';

/** The person's TOTP row (enabled or still being set up), locked when `lock`. */
export async function mfaRow(db: Db, userId: string, lock = false) {
  const query = sql
    .selectFrom('user_mfa')
    .select(['secret', 'enabled_at', 'last_step'])
    .where('user_id', '=', userId);
  return first(db, lock ? query.forUpdate() : query);
}

export async function recoveryCodesLeft(db: Db, userId: string): Promise<number> {
  const row = await first(
    db,
    sql
      .selectFrom('mfa_recovery_codes')
      .select((eb) => eb.fn.countAll<string>().as('left'))
      .where('user_id', '=', userId)
      .where('used_at', 'is', null),
  );
  return Number(row?.left ?? 0);
}

/** Uses a recovery code once: true when it was the person's and unused. */
export async function useRecoveryCode(db: Db, userId: string, hash: string, now: Date): Promise<boolean> {
  const used = await change(
    db,
    sql
      .updateTable('mfa_recovery_codes')
      .set({ used_at: now })
      .where('user_id', '=', userId)
      .where('code_hash', '=', hash)
      .where('used_at', 'is', null),
  );
  return used > 0;
}

export async function saveStep(db: Db, userId: string, step: number): Promise<void> {
  await change(db, sql.updateTable('user_mfa').set({ last_step: step }).where('user_id', '=', userId));
}

export async function deleteMfa(db: Db, userId: string): Promise<void> {
  await change(db, sql.deleteFrom('mfa_recovery_codes').where('user_id', '=', userId));
  await change(db, sql.deleteFrom('user_mfa').where('user_id', '=', userId));
}

export async function openSessions(db: Db, userId: string, now: Date) {
  return run(
    db,
    sql
      .selectFrom('sessions')
      .select(['id', 'user_agent', 'ip', 'created_at', 'last_seen_at'])
      .where('user_id', '=', userId)
      .where('ended_at', 'is', null)
      .where('expires_at', '>', now)
      .orderBy('last_seen_at', 'desc'),
  );
}

export async function endOwnSession(db: Db, userId: string, id: string, now: Date): Promise<number> {
  return change(
    db,
    sql
      .updateTable('sessions')
      .set({ ended_at: now })
      .where('user_id', '=', userId)
      .where('id', '=', id)
      .where('ended_at', 'is', null),
  );
}

export async function publisherRequiresMfa(db: Db, publisherId: string): Promise<boolean> {
  const row = await first(
    db,
    sql.selectFrom('publishers').select('require_mfa').where('id', '=', publisherId),
  );
  return row?.require_mfa ?? false;
}
