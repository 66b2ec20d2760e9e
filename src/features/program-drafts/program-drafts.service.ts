// Program drafts (issue 15): the next version, edited by program admins in the portal, checked as a program file
// is at every save (the problems come back with it, each with its field's JSON pointer), compared with the version
// in force in words, and published through the same path as a file (`publishProgram`), then removed.
import { diffProgram, type ProgramChange } from '../../domain/program-diff.ts';
import { validateProgram, type Program, type ProgramProblem } from '../../domain/program.ts';
import type { Db, Tx } from '../../platform/db/pool.ts';
import { iso } from '../../platform/http/schemas.ts';
import { AppError, invalid, notFound } from '../../platform/problems.ts';
import { publishProgram, tierProblems } from '../program/program.service.ts';
import {
  deleteDraftRow,
  draftRow,
  insertDraft,
  listDraftRows,
  lockDraft,
  updateDraft,
  versionTaken,
  type DraftRow,
} from './program-drafts.queries.ts';
import type {
  CreateDraftBody,
  DraftSummary,
  DraftView,
  PublishDraftBody,
  SaveDraftBody,
} from './program-drafts.schema.ts';

type Document = Record<string, unknown>;

function summary(row: DraftRow): DraftSummary {
  const doc = row.document as Document;
  return {
    id: row.id,
    name: row.name,
    version: typeof doc.version === 'string' ? doc.version : null,
    basedOn: row.based_on,
    revision: row.revision,
    createdBy: row.created_by_email,
    createdAt: iso(row.created_at),
    updatedBy: row.updated_by_email,
    updatedAt: iso(row.updated_at),
  };
}

/**
 * Every problem of a draft at once: the file's checks (shape, then the rules binding fields together), then those
 * that need the stored versions: a version name published already, a tier id unlocked benefits hold dropped.
 */
export async function draftProblems(db: Db, doc: unknown): Promise<ProgramProblem[]> {
  const problems = validateProgram(doc);
  if (problems.length > 0) return problems;
  const program = doc as Program;
  const taken = (await versionTaken(db, program.version))
    ? [
        {
          path: '/version',
          message: `version ${program.version} is published already: give this one a new name`,
          code: 'version-taken',
          params: { version: program.version },
        },
      ]
    : [];
  return [...taken, ...(await tierProblems(db, program))];
}

/** The pointer of the first key or string PostgreSQL cannot keep in jsonb (a NUL character), if any. */
function unstorable(value: unknown, at: string): string | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? at : undefined;
  if (typeof value !== 'object' || value === null) return undefined;
  for (const [key, item] of Object.entries(value)) {
    const here = `${at}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    if (key.includes('\u0000')) return here;
    const found = unstorable(item, here);
    if (found) return found;
  }
  return undefined;
}

/** Refuses, by field, a name or document with what PostgreSQL cannot store, before it becomes a database error. */
function refuseUnstorable(body: { name: string; document?: Document }): void {
  const pointer = unstorable(body.name, '/body/name') ?? unstorable(body.document, '/body/document');
  if (pointer) {
    throw invalid([
      { pointer, code: 'nul-character', detail: 'holds a NUL character, which cannot be stored' },
    ]);
  }
}

async function view(db: Db, id: string): Promise<DraftView> {
  const row = await draftRow(db, id);
  if (!row) throw notFound('program draft');
  return {
    ...summary(row),
    document: row.document as Document,
    problems: await draftProblems(db, row.document),
  };
}

export async function listDrafts(db: Db): Promise<DraftSummary[]> {
  return (await listDraftRows(db)).map(summary);
}

export const readDraft = view;

/** A new draft: the program file given, or a copy of the version in force (its date is set at publication). */
export async function createDraft(
  tx: Tx,
  body: CreateDraftBody,
  inForce: Program,
  userId: string,
  now: Date,
): Promise<DraftView> {
  refuseUnstorable(body);
  const document = body.document ?? structuredClone(inForce);
  const id = await insertDraft(tx, { name: body.name, document, basedOn: inForce.version, userId, now });
  return view(tx, id);
}

/**
 * Saves the whole draft, whatever problems it has (they come back with it), if nobody saved it since `revision`:
 * otherwise 409 draft-changed, and the other person's work stays.
 */
export async function saveDraft(
  tx: Tx,
  id: string,
  body: SaveDraftBody,
  userId: string,
  now: Date,
): Promise<DraftView> {
  refuseUnstorable(body);
  const saved = await updateDraft(tx, { id, ...body, userId, now });
  if (!saved) {
    if (!(await draftRow(tx, id))) throw notFound('program draft');
    throw new AppError(
      'draft-changed',
      `The draft was saved by someone else after revision ${body.revision}: open it again and redo the change.`,
    );
  }
  return view(tx, id);
}

export async function deleteDraft(tx: Tx, id: string): Promise<void> {
  if (!(await deleteDraftRow(tx, id))) throw notFound('program draft');
}

/** What the draft changes against the version in force. */
export async function draftDiff(
  db: Db,
  id: string,
  inForce: Program,
): Promise<{ against: string; changes: ProgramChange[] }> {
  const row = await draftRow(db, id);
  if (!row) throw notFound('program draft');
  return { against: inForce.version, changes: diffProgram(inForce, row.document) };
}

export async function exportDraft(db: Db, id: string): Promise<{ name: string; document: Document }> {
  const row = await draftRow(db, id);
  if (!row) throw notFound('program draft');
  return { name: row.name, document: row.document as Document };
}

/**
 * Publishes the draft at `revision` as an immutable version taking effect on `effectiveFrom` (today or later),
 * through the path a program file takes, then removes the draft. Refused with every problem left (422, pointers
 * into `/document`), a stale revision (409 draft-changed), a name or date taken (409 program-version-exists).
 */
export async function publishDraft(
  tx: Tx,
  id: string,
  body: PublishDraftBody,
  now: Date,
): Promise<{ program: Program; draftName: string }> {
  const row = await lockDraft(tx, id);
  if (!row) throw notFound('program draft');
  if (row.revision !== body.revision) {
    throw new AppError(
      'draft-changed',
      `The draft is at revision ${row.revision}, not ${body.revision}: review it again before publishing.`,
    );
  }
  const today = now.toISOString().slice(0, 10);
  if (body.effectiveFrom < today) {
    throw invalid([
      {
        pointer: '/body/effectiveFrom',
        code: 'in-the-past',
        detail: `is before today (${today}): a version takes effect today or later`,
      },
    ]);
  }
  const document = { ...(row.document as Document), effectiveFrom: body.effectiveFrom };
  const problems = await draftProblems(tx, document);
  if (problems.length > 0) {
    throw invalid(
      problems.map((p) => ({
        pointer: p.path === '/' ? '/document' : `/document${p.path}`,
        code: 'invalid',
        detail: p.message,
      })),
    );
  }
  const program = await publishProgram(tx, document, now);
  await deleteDraftRow(tx, id);
  return { program, draftName: row.name };
}
