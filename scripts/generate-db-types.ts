// The database's row types, generated from the migrated schema: `npm run generate:db` migrates a throwaway
// embedded PostgreSQL and writes src/platform/db/schema.ts with kysely-codegen; `--check` (npm run check) and
// test/db-types.test.ts fail when the checked-in file and what the migrations make differ.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Kysely, PostgresDialect } from 'kysely';
import { generate, PostgresDialect as CodegenDialect } from 'kysely-codegen';
import pg from 'pg';
import * as prettier from 'prettier';
import { startEmbeddedPostgres } from '../src/platform/db/embedded.ts';
import { migrate } from '../src/platform/db/migrate.ts';
import { createPool } from '../src/platform/db/pool.ts';

export const TYPES_FILE = path.join(import.meta.dirname, '../src/platform/db/schema.ts');

const HEADER =
  '// Generated from the migrated database by `npm run generate:db` (kysely-codegen); do not edit.\n' +
  '// test/db-types.test.ts fails when this file and the migrations differ.\n\n';

/** The TypeScript kysely-codegen makes of the tables in the `public` schema of the database at `url`. */
export async function databaseTypes(url: string): Promise<string> {
  const db = new Kysely<unknown>({
    dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url, max: 1 }) }),
  });
  try {
    const source = await generate({
      db,
      dialect: new CodegenDialect({ defaultSchemas: ['public'] }),
      includePattern: 'public.*',
      // pool.ts reads bigint (money in cents) as a JavaScript number, refusing any beyond the safe range.
      typeMapping: { int8: 'number' },
      outFile: null, // returned, not written: the header and formatting are added here
    });
    const options = await prettier.resolveConfig(TYPES_FILE);
    return prettier.format(HEADER + source, { ...options, filepath: TYPES_FILE });
  } finally {
    await db.destroy();
  }
}

if (import.meta.main) {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'rewards-db-types-'));
  await fs.chmod(dataDir, 0o755); // the embedded server runs as its own user when this runs as root
  const server = await startEmbeddedPostgres({ dataDir, port: 0, ephemeral: true });
  try {
    const pool = createPool(server.adminUrl, 2);
    await migrate(pool);
    await pool.end();
    const source = await databaseTypes(server.adminUrl);
    const name = path.relative(process.cwd(), TYPES_FILE);
    if (process.argv.includes('--check')) {
      if ((await fs.readFile(TYPES_FILE, 'utf8')) !== source) {
        console.error(`${name} differs from what the migrations make: run \`npm run generate:db\``);
        process.exitCode = 1;
      }
    } else {
      await fs.writeFile(TYPES_FILE, source);
      console.log(`wrote ${name}`);
    }
  } finally {
    await server.stop();
    await fs.rm(dataDir, { recursive: true, force: true });
  }
}
