// The portal's API types, generated from the service's own OpenAPI document: `npm run generate:api` writes
// web/src/api/schema.d.ts, and test/api-client.test.ts fails when the checked-in file and /openapi.json differ.
import fs from 'node:fs/promises';
import path from 'node:path';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import pg from 'pg';
import * as prettier from 'prettier';
import { ProgramCatalog, readProgramDir } from '../src/features/program/program.service.ts';
import { buildApp, systemClock } from '../src/platform/http/app.ts';
import { FEATURES, PAGES } from '../src/server.ts';

export const SCHEMA_FILE = path.join(import.meta.dirname, 'src/api/schema.d.ts');

const HEADER =
  '// Generated from /openapi.json by `npm run generate:api` (openapi-typescript); do not edit.\n' +
  '// test/api-client.test.ts fails when this file and the served document differ.\n\n';

/** The TypeScript that openapi-typescript makes of an OpenAPI document. */
export async function schemaSource(document: unknown): Promise<string> {
  const ast = await openapiTS(document as OpenAPI3);
  // Formatted as the rest of the repository, so `prettier --check` passes and a diff reads like one.
  const options = await prettier.resolveConfig(SCHEMA_FILE);
  return prettier.format(HEADER + astToString(ast), { ...options, filepath: SCHEMA_FILE });
}

/** The service's OpenAPI document, from the app built as the service builds it (no database is touched). */
export async function servedDocument(): Promise<unknown> {
  const versions = await readProgramDir(path.join(import.meta.dirname, '../program'));
  const programs = new ProgramCatalog(versions.map((v) => v.program));
  const pool = new pg.Pool({ connectionString: 'postgres://127.0.0.1:9/none', max: 1 });
  const app = await buildApp(
    {
      pool,
      programs,
      clock: systemClock,
      demoMode: false,
      logLevel: 'silent',
      trustProxyHops: 0,
      requestsPerMinute: 1000,
      requestTimeoutSeconds: 60,
      hstsSeconds: 0,
      auth: {
        idleMinutes: 30,
        absoluteHours: 12,
        publicUrl: 'http://localhost',
        oidc: null,
        requireStaffMfa: true,
        signInNotices: true,
        mfaKey: null,
      },
      webhooks: { targets: 'public', secretKey: null },
    },
    FEATURES,
    PAGES,
  );
  try {
    const response = await app.inject({ method: 'GET', url: '/openapi.json' });
    if (response.statusCode !== 200) throw new Error(`GET /openapi.json answered ${response.statusCode}`);
    return JSON.parse(response.body) as unknown;
  } finally {
    await app.close();
    await pool.end();
  }
}

// `--check` (npm run check) writes nothing and fails when the checked-in file is not what the service serves.
if (import.meta.main) {
  const source = await schemaSource(await servedDocument());
  const name = path.relative(process.cwd(), SCHEMA_FILE);
  if (process.argv.includes('--check')) {
    if ((await fs.readFile(SCHEMA_FILE, 'utf8')) !== source) {
      console.error(`${name} differs from the served /openapi.json: run \`npm run generate:api\``);
      process.exit(1);
    }
  } else {
    await fs.writeFile(SCHEMA_FILE, source);
    console.log(`wrote ${name}`);
  }
}
