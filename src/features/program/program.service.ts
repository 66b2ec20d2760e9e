// Program versions: read from the program folder, validated, stored once each, and looked up by date.
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { ProgramVersions, validateProgram, type Program } from '../../domain/program.ts';
import type { Db } from '../../platform/db/pool.ts';
import type { Row } from '../../platform/db/tables.ts';

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
    versions.push({ program: doc as Program, sha256: sha256(canonicalJson(doc)), sourceFile: name });
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
    if (rows[0]?.inserted) await assertTiersStillKnown(db, v);
  }
}

/**
 * A new version must keep every tier id that unlocked benefits hold: grandfathered amounts are read by tier id,
 * so a renamed id would silently lower them. Rename a tier's name, not its id.
 */
async function assertTiersStillKnown(db: Db, v: ProgramVersion): Promise<void> {
  const { rows } = await db.query<Pick<Row<'benefit_unlocks'>, 'tier_id'> & { n: number }>(
    'SELECT tier_id, count(*)::int AS n FROM benefit_unlocks GROUP BY tier_id',
  );
  const known = new Set(v.program.tiers.map((t) => t.id));
  const missing = rows.filter((r) => !known.has(r.tier_id));
  if (missing.length > 0) {
    throw new ProgramFileError(
      v.sourceFile,
      missing.map((r) => ({
        path: '/tiers',
        message: `tier id "${r.tier_id}" is held by ${r.n} unlocked benefit(s); keep the id and change only the tier's name`,
      })),
    );
  }
}

/** The stored versions, read at start-up (the pure lookup by date is the domain's `ProgramVersions`). */
export class ProgramCatalog extends ProgramVersions {
  static async load(db: Db): Promise<ProgramCatalog> {
    const { rows } = await db.query<{ document: Program }>('SELECT document FROM program_versions');
    return new ProgramCatalog(rows.map((r) => r.document));
  }
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
