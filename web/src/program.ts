// The program in force (tiers, languages, contact rules), loaded once per page load: it changes once a year.
import { useQuery } from '@tanstack/react-query';
import type { ProgramInfo } from './api/model.ts';
import { apiQuery, loaded, type Loaded } from './queries.ts';

export function useProgram(): Loaded<ProgramInfo> {
  return loaded(
    useQuery({
      ...apiQuery('/api/v1/program', {}),
      select: (program) => program.inForce,
      staleTime: Infinity,
    }),
  );
}

/** Tier names by id, for reasons and history that name a tier by its id. */
export function tierNames(program: ProgramInfo): Record<string, string> {
  return Object.fromEntries(program.tiers.map((tier) => [tier.id, tier.name]));
}
