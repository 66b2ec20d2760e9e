// The row types the code reads are generated from the migrated schema: the checked-in src/platform/db/schema.ts
// must be what kysely-codegen makes of a database the migrations built. Run `npm run generate:db` after adding
// a migration.
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import { describe, it } from 'node:test';
import { databaseTypes, TYPES_FILE } from '../scripts/generate-db-types.ts';
import { freshDatabase } from './support/db.ts';

const { url } = await freshDatabase();

describe('[DATABASE] the generated row types', () => {
  it('match the migrated schema (npm run generate:db regenerates them)', async () => {
    const expected = await databaseTypes(url);
    const checkedIn = await fs.readFile(TYPES_FILE, 'utf8');
    assert.ok(
      checkedIn === expected,
      'src/platform/db/schema.ts differs from what the migrations make: run `npm run generate:db`',
    );
  });
});
