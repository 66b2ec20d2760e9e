// Program versions: read from the program folder, validated, stored once each, and looked up by date.
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { ProgramVersions, validateProgram, type Program, type ProgramProblem } from '../../domain/program.ts';
import type { Db, Tx } from '../../platform/db/pool.ts';
import { AppError, invalid } from '../../platform/problems.ts';
import type { Row } from '../../platform/db/tables.ts';
import { emitProgramEvent } from '../../usecases/webhooks/emit.ts';

export class ProgramFileError extends Error {
  constructor(file: string, problems: { path: string; message: string }[]) {
    super(
      `The program file ${file} is not valid:\n${problems.map((p) => `  ${p.path}: ${p.message}`).join('\n')}`,
    );
  }
}

export interface ProgramVersion {
  program: Program;
  sha256: string;
  sourceFile: string;
}

/** Reads and validates every `*.json` in `dir`; the first bad file stops with its name, field paths and why. */
export async function readProgramDir(dir: string): Promise<ProgramVersion[]> {
  const files = (await fs.readdir(dir)).filter((f) => f.endsWith('.json')).sort();
  if (files.length === 0) throw new Error(`The program folder ${dir} holds no *.json program file.`);
  const versions: ProgramVersion[] = [];
  for (const name of files) {
    const file = path.join(dir, name);
    const text = await fs.readFile(file, 'utf8');
    let doc: unknown;
    try {
      doc = JSON.parse(text);
    } catch (error) {
      throw new ProgramFileError(file, [
        { path: '/', message: `not valid JSON: ${(error as Error).message}` },
      ]);
    }
    const problems = validateProgram(doc);
    if (problems.length > 0) throw new ProgramFileError(file, problems);
    versions.push(programVersionOf(doc as Program, name));
  }
  const seen = new Map<string, string>();
  for (const v of versions) {
    const clash = seen.get(v.program.version) ?? seen.get(v.program.effectiveFrom);
    if (clash) {
      throw new ProgramFileError(v.sourceFile, [
        { path: '/version', message: `version or effectiveFrom also used by ${clash}` },
      ]);
    }
    seen.set(v.program.version, v.sourceFile).set(v.program.effectiveFrom, v.sourceFile);
  }
  return versions;
}

/**
 * Stores each version once. A version already stored with other content is refused: versions are
 * immutable once stored, because unlocks and activations name the version they were made under.
 */
export async function storeProgramVersions(db: Db, versions: ProgramVersion[]): Promise<void> {
  for (const v of versions) {
    const { rows } = await db.query<Pick<Row<'program_versions'>, 'sha256'> & { inserted: boolean }>(
      `INSERT INTO program_versions (version, effective_from, document, sha256, source_file)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (version) DO UPDATE SET version = program_versions.version
       RETURNING sha256, (xmax = 0) AS inserted`,
      [v.program.version, v.program.effectiveFrom, JSON.stringify(v.program), v.sha256, v.sourceFile],
    );
    if (rows[0]?.sha256 !== v.sha256) {
      throw new ProgramFileError(v.sourceFile, [
        {
          path: '/version',
          message: `version "${v.program.version}" is stored already with other content; give the changed program a new version and effectiveFrom`,
        },
      ]);
    }
    if (rows[0]?.inserted) {
      const problems = await tierProblems(db, v.program);
      if (problems.length > 0) throw new ProgramFileError(v.sourceFile, problems);
    }
  }
}

/**
 * A new version must keep every tier id that unlocked benefits hold: grandfathered amounts are read by tier id,
 * so a renamed id would silently lower them. Rename a tier's name, not its id.
 */
export async function tierProblems(db: Db, program: Program): Promise<ProgramProblem[]> {
  const { rows } = await db.query<Pick<Row<'benefit_unlocks'>, 'tier_id'> & { n: number }>(
    'SELECT tier_id, count(*)::int AS n FROM benefit_unlocks GROUP BY tier_id',
  );
  const known = new Set(program.tiers.map((t) => t.id));
  return rows
    .filter((r) => !known.has(r.tier_id))
    .map((r) => ({
      path: '/tiers',
      message: `tier id "${r.tier_id}" is held by ${r.n} unlocked benefit(s); keep the id and change only the tier's name`,
      code: 'tier-in-use',
      params: { tier: r.tier_id, count: r.n },
    }));
}

/** How often a process reads the stored versions again, to see one another process published. */
export const PROGRAM_REFRESH_MS = 30_000;

/**
 * Publishes a program document as an immutable version (the API's way to keep a program as code): checked as a
 * file is, effective today or later, a version name and date no other version has, the tier ids unlocked
 * benefits hold kept. Problems are 422s naming the field; a taken name or date is 409 program-version-exists.
 */
export async function publishProgram(tx: Tx, doc: unknown, now: Date): Promise<Program> {
  const field = (path: string) => (path === '/' ? '/body' : `/body${path}`);
  const shape = validateProgram(doc);
  if (shape.length > 0) {
    throw invalid(shape.map((p) => ({ pointer: field(p.path), code: 'invalid', detail: p.message })));
  }
  const program = doc as Program;
  const today = now.toISOString().slice(0, 10);
  if (program.effectiveFrom < today) {
    throw invalid([
      {
        pointer: '/body/effectiveFrom',
        code: 'in-the-past',
        detail: `is before today (${today}): a version takes effect today or later`,
      },
    ]);
  }
  const stored = await storedPrograms(tx);
  const clash = stored.find(
    (v) => v.version === program.version || v.effectiveFrom === program.effectiveFrom,
  );
  if (clash) {
    throw new AppError(
      'program-version-exists',
      clash.version === program.version
        ? `Version ${program.version} is published already; versions never change: give this one a new name.`
        : `Version ${clash.version} takes effect on ${clash.effectiveFrom} already: choose another date.`,
    );
  }
  const tiers = await tierProblems(tx, program);
  if (tiers.length > 0) {
    throw invalid(tiers.map((p) => ({ pointer: field(p.path), code: 'tier-in-use', detail: p.message })));
  }
  await storeProgramVersions(tx, [programVersionOf(program, 'api')]);
  await emitProgramEvent(tx, {
    type: 'program.published',
    data: { version: program.version, name: program.name, effectiveFrom: program.effectiveFrom },
    occurredAt: now,
    key: program.version,
  });
  return program;
}

/**
 * The stored versions, read at start-up and again when one is published (the pure lookup by date is the domain's
 * `ProgramVersions`). Another process publishing is seen at the next `refresh`: the service and the workers
 * refresh every PROGRAM_REFRESH_MS (`startRefreshing`).
 */
export class ProgramCatalog extends ProgramVersions {
  static async load(db: Db): Promise<ProgramCatalog> {
    return new ProgramCatalog(await storedPrograms(db));
  }

  async refresh(db: Db): Promise<void> {
    this.replace(await storedPrograms(db));
  }

  /** Refreshes every `everyMs` until the returned function is called; a failed read waits for the next turn. */
  startRefreshing(db: Db, everyMs: number, onError: (error: unknown) => void): () => void {
    const timer = setInterval(() => void this.refresh(db).catch(onError), everyMs);
    timer.unref();
    return () => clearInterval(timer);
  }
}

async function storedPrograms(db: Db): Promise<Program[]> {
  const { rows } = await db.query<{ document: Program }>('SELECT document FROM program_versions');
  return rows.map((r) => r.document);
}

/** A program document as a version to store: its canonical hash and where it came from. */
export function programVersionOf(program: Program, sourceFile: string): ProgramVersion {
  return { program, sha256: sha256(canonicalJson(program)), sourceFile };
}

/** The document with keys sorted: reformatting a file or reordering its keys is not a change of the program. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) =>
      a < b ? -1 : a > b ? 1 : 0,
    );
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
