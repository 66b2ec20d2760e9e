import type { Eligibility } from '../../domain/eligibility.ts';
import { auditedChange } from '../../platform/http/audit.ts';
import { principalOf, type App } from '../../platform/http/app.ts';
import { iso, problems, PublisherParams } from '../../platform/http/schemas.ts';
import { inTransaction } from '../../platform/db/pool.ts';
import {
  BenefitParams,
  BenefitsQuery,
  BenefitsView,
  PreviewView,
  ReinstateBody,
  RevocationView,
  RevokeBody,
} from './benefits.schema.ts';
import { previewNextVersion, reinstateBenefit, revokeBenefit } from './benefits.service.ts';
import { evaluatePublisher, refreshUnlocks } from '../../usecases/unlocks.ts';

export async function benefitsRoutes(app: App): Promise<void> {
  app.get(
    '/publishers/:publisherId/benefits',
    {
      config: { permission: 'read' },
      schema: {
        summary: "The publisher's tier and every benefit with its state and reasons (S5, S13)",
        tags: ['benefits'],
        params: PublisherParams,
        querystring: BenefitsQuery,
        response: { 200: BenefitsView, ...problems(401, 404) },
      },
    },
    async (request) => {
      const { publisherId } = request.params;
      const { pool } = app.deps;
      const { now, program } = request;
      let eligibility = await evaluatePublisher(pool, program, publisherId, now);
      // Something became unlocked without a change passing through refreshUnlocks (a new program version took
      // effect): record it now, so that it is kept from here on.
      if (eligibility.unlockChanges.length > 0) {
        eligibility = await inTransaction(pool, (tx) => refreshUnlocks(tx, program, publisherId, now));
      }
      return presentBenefits(publisherId, program.version, now, eligibility, request.query.category);
    },
  );

  app.get(
    '/publishers/:publisherId/preview',
    {
      config: { permission: 'read' },
      schema: {
        summary:
          'What the next scheduled program version changes for the publisher on its effective date: tier, benefits gained, lost and kept',
        tags: ['benefits'],
        params: PublisherParams,
        response: { 200: PreviewView, ...problems(401, 404) },
      },
    },
    async (request) =>
      previewNextVersion(app.deps.pool, app.deps.programs, request.params.publisherId, request.now),
  );

  app.post(
    '/publishers/:publisherId/benefits/:benefitId/revoke',
    {
      config: { permission: 'program:admin' },
      schema: {
        summary:
          "Revoke the publisher's benefit for cause (L6): its open activations are cancelled and its contacts told",
        tags: ['benefits'],
        params: BenefitParams,
        body: RevokeBody,
        response: { 200: RevocationView, ...problems(401, 403, 404, 409, 422) },
      },
    },
    async (request) => {
      const { now, program } = request;
      const { publisherId, benefitId } = request.params;
      const by = principalOf(request).userId;
      return auditedChange(app.deps.pool, request, (tx) =>
        revokeBenefit(tx, program, publisherId, benefitId, request.body, by, now),
      );
    },
  );

  app.post(
    '/publishers/:publisherId/benefits/:benefitId/reinstate',
    {
      config: { permission: 'program:admin' },
      schema: {
        summary:
          'Reinstate a benefit revoked for cause: it is the publisher’s again, and its contacts are told',
        tags: ['benefits'],
        params: BenefitParams,
        body: ReinstateBody,
        response: { 200: RevocationView, ...problems(401, 403, 404, 409, 422) },
      },
    },
    async (request) => {
      const { now, program } = request;
      const { publisherId, benefitId } = request.params;
      return auditedChange(app.deps.pool, request, (tx) =>
        reinstateBenefit(tx, program, publisherId, benefitId, request.body, now),
      );
    },
  );
}

function presentBenefits(
  publisherId: string,
  programVersion: string,
  now: Date,
  eligibility: Eligibility,
  category?: 'sales-and-marketing' | 'technical',
): BenefitsView {
  const { standing } = eligibility;
  return {
    publisherId,
    asOf: now.toISOString(),
    programVersion,
    tier: standing.tier,
    ttmUsdCents: eligibility.ttmUsdCents,
    nextTier: standing.next
      ? { ...standing.next.tier, missingUsdCents: standing.next.missingUsdCents }
      : null,
    marketingContactCount: eligibility.marketingContactCount,
    benefits: eligibility.benefits
      .filter((b) => !category || b.benefit.category === category)
      .map((b) => ({
        id: b.benefit.id,
        name: b.benefit.name,
        description: b.benefit.description,
        category: b.benefit.category,
        kind: b.benefit.kind,
        activation: b.benefit.activation,
        state: b.state,
        amountUsdCents: b.amountUsdCents,
        minTierId: b.benefit.minTier,
        unlockedAt: iso(b.unlock?.unlockedAt ?? null),
        unlockedAtTierId: b.unlock?.tierId ?? null,
        grandfathered: b.unlock?.grandfathered ?? false,
        expiresAt: iso(b.expiresAt),
        renewsAt: iso(b.renewsAt),
        activationId: b.activationId,
        canActivate: b.state === 'available' && b.blockers.length === 0,
        reasons: b.reasons,
        blockers: b.blockers,
      })),
  };
}
