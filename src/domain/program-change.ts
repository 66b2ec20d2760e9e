// A single change typed in ("what if $25K became $30K?"), applied to a program version without storing anything:
// the what-if simulation runs it as the candidate version.
import { validateProgram, type Program, type ProgramProblem } from './program.ts';

export const CHANGE_KINDS = ['tier-threshold', 'benefit-min-tier', 'sponsorship-amount'] as const;

export type ProgramChange =
  /** A tier's threshold becomes another amount. */
  | { kind: 'tier-threshold'; tierId: string; thresholdUsdCents: number }
  /** A benefit unlocks from another tier. */
  | { kind: 'benefit-min-tier'; benefitId: string; tierId: string }
  /** A sponsorship's amount at a tier becomes another amount. */
  | { kind: 'sponsorship-amount'; benefitId: string; tierId: string; amountUsdCents: number };

/** Where a problem with the change is, as a field of the change (`/tierId`, `/thresholdUsdCents` ...). */
export interface ChangeProblem {
  field: string;
  code:
    | 'unknown-tier'
    | 'unknown-benefit'
    | 'not-a-sponsorship'
    | 'out-of-order'
    | 'below-min-tier'
    | 'transact-only'
    | 'invalid';
  message: string;
}

/**
 * The program with the change applied, as version `version` effective `effectiveFrom`; or every problem, each
 * naming the field of the change at fault (an unknown tier or benefit, thresholds out of order, an amount below
 * the benefit's minimum tier ...).
 */
export function applyChange(
  program: Program,
  change: ProgramChange,
  version: string,
  effectiveFrom: string,
): { program: Program; problems: [] } | { program: null; problems: ChangeProblem[] } {
  const next = structuredClone<Program>(program);
  next.version = version;
  next.effectiveFrom = effectiveFrom;
  const fail = (field: string, code: ChangeProblem['code'], message: string) => ({
    program: null,
    problems: [{ field, code, message }],
  });
  const tier = next.tiers.find((t) => t.id === change.tierId);
  if (!tier) return fail('/tierId', 'unknown-tier', `the program has no tier "${change.tierId}"`);
  switch (change.kind) {
    case 'tier-threshold':
      tier.thresholdUsdCents = change.thresholdUsdCents;
      break;
    case 'benefit-min-tier': {
      const benefit = next.benefits.find((b) => b.id === change.benefitId);
      if (!benefit)
        return fail('/benefitId', 'unknown-benefit', `the program has no benefit "${change.benefitId}"`);
      benefit.minTier = change.tierId;
      break;
    }
    case 'sponsorship-amount': {
      const benefit = next.benefits.find((b) => b.id === change.benefitId);
      if (!benefit)
        return fail('/benefitId', 'unknown-benefit', `the program has no benefit "${change.benefitId}"`);
      if (benefit.kind !== 'sponsorship')
        return fail('/benefitId', 'not-a-sponsorship', `"${change.benefitId}" is not a sponsorship`);
      benefit.amountsByTier = { ...benefit.amountsByTier, [change.tierId]: change.amountUsdCents };
      break;
    }
  }
  const problems = validateProgram(next);
  if (problems.length === 0) return { program: next, problems: [] };
  return { program: null, problems: problems.map((p) => ({ ...fieldOf(change, p), message: p.message })) };
}

/** The change's field a problem of the changed program comes from. */
function fieldOf(change: ProgramChange, problem: ProgramProblem): Omit<ChangeProblem, 'message'> {
  if (change.kind === 'tier-threshold') return { field: '/thresholdUsdCents', code: 'out-of-order' };
  if (problem.path.includes('/amountsByTier/')) return { field: '/tierId', code: 'below-min-tier' };
  if (problem.path.endsWith('/listingTypes')) return { field: '/tierId', code: 'transact-only' };
  if (change.kind === 'benefit-min-tier') return { field: '/tierId', code: 'invalid' };
  return { field: '', code: 'invalid' };
}
