// CSV written for people: cells a spreadsheet opens safely (OWASP "CSV Injection").

/**
 * A CSV cell that a spreadsheet will not run. Every cell is quoted, so a separator inside one never starts another
 * (a spreadsheet that splits on semicolons would otherwise read `x;=2+5` as a second cell holding a formula); a
 * text cell starting with = + - @ tab or CR gets a leading quote. Numbers are written as numbers: -1250 stays
 * a negative amount.
 */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '""';
  let text =
    typeof value === 'number' ? String(value) : typeof value === 'string' ? value : JSON.stringify(value);
  if (typeof value !== 'number' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replaceAll('"', '""')}"`;
}

/** Rows as CSV text with CRLF line ends (RFC 4180), every cell quoted. */
export function csvText(rows: readonly (readonly unknown[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
