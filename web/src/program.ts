// The program in force (tiers, languages, contact rules), loaded once per page load: it changes once a year.
import { client, ok } from './api.ts';
import type { ProgramInfo } from './api/model.ts';

let cached: Promise<ProgramInfo> | null = null;

export function loadProgram(): Promise<ProgramInfo> {
  cached ??= ok(client.GET('/api/v1/program')).then(
    (p) => p.inForce,
    (error: unknown) => {
      cached = null;
      throw error;
    },
  );
  return cached;
}

/** Tier names by id, for reasons and history that name a tier by its id. */
export function tierNames(program: ProgramInfo): Record<string, string> {
  return Object.fromEntries(program.tiers.map((tier) => [tier.id, tier.name]));
}
