// How a failed command is told at the terminal.

/**
 * A failure as the person at the terminal reads it: one line with the message (and PostgreSQL's code, detail and
 * hint when it is the database's), never an object dump; the stack only with LOG_LEVEL=debug or trace.
 */
export function failureText(error: unknown, env: NodeJS.ProcessEnv = process.env): string {
  const lines = [`marketplace-rewards: ${messageOf(error)}`];
  const db = error as { code?: unknown; detail?: unknown; hint?: unknown } | null;
  if (error instanceof Error && typeof db?.code === 'string' && 'severity' in error) {
    lines[0] += ` (PostgreSQL ${db.code})`;
    if (typeof db.detail === 'string') lines.push(...db.detail.split('\n').map((l) => `  ${l}`));
    if (typeof db.hint === 'string') lines.push(`  hint: ${db.hint}`);
  }
  const advice = (error as { advice?: unknown } | null)?.advice;
  if (typeof advice === 'string') lines.push(advice);
  if (env.LOG_LEVEL === 'debug' || env.LOG_LEVEL === 'trace') {
    const stack = (error as { stack?: unknown } | null)?.stack;
    if (typeof stack === 'string') lines.push(stack);
  }
  return lines.join('\n');
}

/** The message of anything thrown: an Error's (an AggregateError's errors', e.g. every address refused), or its text. */
function messageOf(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) {
    return [...new Set(error.errors.map(messageOf))].join('; ');
  }
  if (error instanceof Error) {
    const cause = error.cause === undefined ? '' : `: ${messageOf(error.cause)}`;
    return `${error.message || error.name}${cause}`;
  }
  return String(error);
}
