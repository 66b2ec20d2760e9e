import type { Db, Tx } from '../../platform/db/pool.ts';
import { change, first, type Row, run, sql } from '../../platform/db/tables.ts';

export type DraftRow = Row<'program_drafts'> & { created_by_email: string; updated_by_email: string };

/** Drafts with the email addresses of who made them and who saved them last. */
function drafts() {
  return sql
    .selectFrom('program_drafts as d')
    .innerJoin('users as c', 'c.id', 'd.created_by')
    .innerJoin('users as u', 'u.id', 'd.updated_by')
    .selectAll('d')
    .select(['c.email as created_by_email', 'u.email as updated_by_email']);
}

export async function listDraftRows(db: Db): Promise<DraftRow[]> {
  return run(db, drafts().orderBy('d.updated_at', 'desc').orderBy('d.id'));
}

export async function draftRow(db: Db, id: string): Promise<DraftRow | undefined> {
  return first(db, drafts().where('d.id', '=', id));
}

/** The draft, locked until the transaction ends: publishing and saving it wait for each other. */
export async function lockDraft(tx: Tx, id: string): Promise<Row<'program_drafts'> | undefined> {
  return first(tx, sql.selectFrom('program_drafts').selectAll().where('id', '=', id).forUpdate());
}

export async function insertDraft(
  db: Db,
  d: { name: string; document: object; basedOn: string; userId: string; now: Date },
): Promise<string> {
  const row = await first(
    db,
    sql
      .insertInto('program_drafts')
      .values({
        name: d.name,
        document: JSON.stringify(d.document),
        based_on: d.basedOn,
        created_by: d.userId,
        created_at: d.now,
        updated_by: d.userId,
        updated_at: d.now,
      })
      .returning('id'),
  );
  return row!.id;
}

/** Saves a draft over `revision` and moves it to the next; false when the draft is not at `revision` (or gone). */
export async function updateDraft(
  db: Db,
  d: { id: string; revision: number; name: string; document: object; userId: string; now: Date },
): Promise<boolean> {
  const changed = await change(
    db,
    sql
      .updateTable('program_drafts')
      .set((eb) => ({
        name: d.name,
        document: JSON.stringify(d.document),
        revision: eb('revision', '+', 1),
        updated_by: d.userId,
        updated_at: d.now,
      }))
      .where('id', '=', d.id)
      .where('revision', '=', d.revision),
  );
  return changed === 1;
}

export async function deleteDraftRow(db: Db, id: string): Promise<boolean> {
  return (await change(db, sql.deleteFrom('program_drafts').where('id', '=', id))) === 1;
}

/** Whether a version of this name is published already. */
export async function versionTaken(db: Db, version: string): Promise<boolean> {
  const row = await first(
    db,
    sql.selectFrom('program_versions').select('version').where('version', '=', version),
  );
  return row !== undefined;
}
