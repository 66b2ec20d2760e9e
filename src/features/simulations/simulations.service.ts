// What-if before publishing (issue 15): a candidate program version (a whole document, or one change typed in)
// run against the real ledger at its effective date, nothing stored. Reads one snapshot: the companies' totals in
// one pass over the ledger, the publishers' facts in one query each; the domain (`simulate`) does the rest.
import { applyChange, type ProgramChange } from '../../domain/program-change.ts';
import { benefitName, validateProgram, type Program } from '../../domain/program.ts';
import { simulate, type AffectedPublisher, type Simulation } from '../../domain/simulation.ts';
import { trailingWindow } from '../../domain/tiers.ts';
import { isoDay } from '../../domain/time.ts';
import type { Tx } from '../../platform/db/pool.ts';
import { invalid, type FieldError } from '../../platform/problems.ts';
import { tierProblems } from '../program/program.service.ts';
import type {
  AffectedPublisherView,
  ChangeBody,
  SimulationBody,
  SimulationView,
} from './simulations.schema.ts';
import { companyTotals, publisherFacts, standingTotals } from './simulations.queries.ts';

/** The candidate and what the ledger says of it, for the JSON view and the CSV. */
export interface SimulationRun {
  current: Program;
  candidate: Program;
  simulation: Simulation;
}

/**
 * Simulates `body` against the ledger as it stands: `program` (a whole document, checked as publishing checks it)
 * at its effectiveFrom, or `change` applied to `current` (the version in force) at `effectiveFrom` (default
 * today). The day is today or later. Every problem is a 422 naming its field. `tx` should be a transaction of its
 * own: it is made read-only and repeatable-read, so every figure comes from one snapshot.
 */
export async function runSimulation(
  tx: Tx,
  current: Program,
  body: SimulationBody,
  now: Date,
): Promise<SimulationRun> {
  const candidate = candidateOf(current, body, now);
  await tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
  const tiers = await tierProblems(tx, candidate);
  if (tiers.length > 0) {
    throw invalid(
      tiers.map((p) => ({ pointer: '/body/program/tiers', code: 'tier-in-use', detail: p.message })),
    );
  }
  const today = isoDay(now);
  // Simulated today, the candidate is evaluated at this very moment; on a later day, from its first instant.
  const at = candidate.effectiveFrom === today ? now : new Date(`${candidate.effectiveFrom}T00:00:00.000Z`);
  const nowWindow = trailingWindow(current, now);
  const thenWindow = trailingWindow(candidate, at);
  // One window (the candidate keeps the trailing months and takes effect today): the tier engine has summed it,
  // if it is as of today under the version in force; otherwise one pass over the lines of both windows.
  const oneWindow = nowWindow.from === thenWindow.from && nowWindow.to === thenWindow.to;
  const totals =
    (oneWindow ? await standingTotals(tx, nowWindow.to, current.version) : null) ??
    (await companyTotals(tx, nowWindow, thenWindow));
  const publishers = await publisherFacts(tx);
  return { current, candidate, simulation: simulate({ current, candidate, now, at, totals, publishers }) };
}

function candidateOf(current: Program, body: SimulationBody, now: Date): Program {
  const today = isoDay(now);
  if ((body.program === undefined) === (body.change === undefined)) {
    throw invalid([
      { pointer: '/body', code: 'one-of', detail: 'give either a program document or a change, not both' },
    ]);
  }
  if (body.program && body.effectiveFrom !== undefined) {
    throw invalid([
      {
        pointer: '/body/effectiveFrom',
        code: 'not-with-program',
        detail: 'a program document is simulated at its own effectiveFrom',
      },
    ]);
  }
  const day = body.program?.effectiveFrom ?? body.effectiveFrom ?? today;
  const dayPointer = body.program ? '/body/program/effectiveFrom' : '/body/effectiveFrom';
  if (day < today) {
    throw invalid([
      {
        pointer: dayPointer,
        code: 'in-the-past',
        detail: `is before today (${today}): a version takes effect today or later`,
      },
    ]);
  }
  if (body.program) {
    const problems = validateProgram(body.program);
    if (problems.length > 0) {
      throw invalid(
        problems.map((p) => ({
          pointer: p.path === '/' ? '/body/program' : `/body/program${p.path}`,
          code: 'invalid',
          detail: p.message,
        })),
      );
    }
    return body.program;
  }
  const change = changeOf(body.change!);
  const applied = applyChange(current, change, 'what-if', day);
  if (applied.program) return applied.program;
  throw invalid(
    applied.problems.map((p) => ({ pointer: `/body/change${p.field}`, code: p.code, detail: p.message })),
  );
}

/** The change the body describes, each kind with the fields it needs (422 naming a missing one). */
function changeOf(body: ChangeBody): ProgramChange {
  const missing: FieldError[] = [];
  const need = <T>(value: T | undefined, field: string): T => {
    if (value === undefined)
      missing.push({
        pointer: `/body/change/${field}`,
        code: 'required',
        detail: `${body.kind} needs ${field}`,
      });
    return value as T;
  };
  let change: ProgramChange;
  switch (body.kind) {
    case 'tier-threshold':
      change = {
        kind: body.kind,
        tierId: body.tierId,
        thresholdUsdCents: need(body.thresholdUsdCents, 'thresholdUsdCents'),
      };
      break;
    case 'benefit-min-tier':
      change = { kind: body.kind, tierId: body.tierId, benefitId: need(body.benefitId, 'benefitId') };
      break;
    case 'sponsorship-amount':
      change = {
        kind: body.kind,
        tierId: body.tierId,
        benefitId: need(body.benefitId, 'benefitId'),
        amountUsdCents: need(body.amountUsdCents, 'amountUsdCents'),
      };
      break;
  }
  if (missing.length > 0) throw invalid(missing);
  return change;
}

/** The figures as the API answers them: tiers and benefits with their names, the first `limit` publishers. */
export function simulationView(run: SimulationRun, limit: number): SimulationView {
  const { current, candidate, simulation } = run;
  return {
    version: candidate.version,
    effectiveFrom: candidate.effectiveFrom,
    basedOn: current.version,
    companies: simulation.companies,
    publishers: simulation.publishers,
    committedUsdCents: simulation.committedUsdCents,
    moves: simulation.moves.map((m) => ({
      from: tierRef(current, m.from),
      to: tierRef(candidate, m.to),
      direction: m.direction,
      companies: m.companies,
    })),
    benefits: simulation.benefits.map((b) => {
      const benefit =
        candidate.benefits.find((x) => x.id === b.benefitId) ??
        current.benefits.find((x) => x.id === b.benefitId);
      return {
        id: b.benefitId,
        name: benefit?.name ?? b.benefitId,
        kind: benefit?.kind ?? 'marketing',
        newlyUnlocked: b.newlyUnlocked,
        keptByGrandfathering: b.keptByGrandfathering,
        lost: b.lost,
        committedUsdCents: b.committedUsdCents,
      };
    }),
    affected: {
      total: simulation.affected.length,
      items: simulation.affected.slice(0, limit).map((p) => affectedView(run, p)),
    },
  };
}

function affectedView(run: SimulationRun, p: AffectedPublisher): AffectedPublisherView {
  const { current, candidate } = run;
  const refs = (program: Program, ids: string[]) => ids.map((id) => ({ id, name: benefitName(program, id) }));
  return {
    id: p.id,
    name: p.name,
    mpnId: p.mpnId,
    tierNow: tierRef(current, p.tierNow),
    tierThen: tierRef(candidate, p.tierThen),
    gains: refs(candidate, p.gains),
    loses: refs(current, p.loses),
    keptByGrandfathering: refs(candidate, p.keptByGrandfathering),
    committedUsdCents: p.committedUsdCents,
  };
}

/** Every affected publisher as CSV rows (a header first): names as people read them, amounts in cents. */
export function simulationCsvRows(run: SimulationRun): unknown[][] {
  const header = [
    'publisher_id',
    'mpn_id',
    'company_name',
    'tier_now',
    'tier_then',
    'gains',
    'loses',
    'kept_by_grandfathering',
    'committed_usd_cents',
  ];
  const names = (refs: { name: string }[]) => refs.map((r) => r.name).join('; ');
  return [
    header,
    ...run.simulation.affected.map((p) => {
      const v = affectedView(run, p);
      return [
        v.id,
        v.mpnId,
        v.name,
        v.tierNow.name,
        v.tierThen.name,
        names(v.gains),
        names(v.loses),
        names(v.keptByGrandfathering),
        v.committedUsdCents,
      ];
    }),
  ];
}

function tierRef(program: Program, id: string): { id: string; name: string } {
  return { id, name: program.tiers.find((t) => t.id === id)?.name ?? id };
}
