// The audit trail as a program admin reads it: a page of entries, or all of them as CSV.
import { csvCell } from '../../platform/csv.ts';
import type { Db } from '../../platform/db/pool.ts';
import { findAuditEntries } from './audit.queries.ts';
import { AuditEntry, type AuditQuery } from './audit.schema.ts';

const COLUMNS = Object.keys(AuditEntry.properties) as (keyof AuditEntry)[];

/** A page of the trail (`limit`, default 100). */
export async function listAudit(db: Db, query: AuditQuery): Promise<AuditEntry[]> {
  return findAuditEntries(db, query, query.limit ?? 100);
}

/** The trail as CSV, at most 100,000 rows; cells are made safe to open in a spreadsheet (`csvCell`). */
export async function exportAuditCsv(db: Db, query: AuditQuery): Promise<string> {
  const rows = await findAuditEntries(db, query, 100_000);
  const lines = [COLUMNS.join(','), ...rows.map((r) => COLUMNS.map((c) => csvCell(r[c])).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}
