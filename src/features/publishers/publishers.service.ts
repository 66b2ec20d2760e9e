import { isUniqueViolation } from '../../platform/db/errors.ts';
import type { Db, Tx } from '../../platform/db/pool.ts';
import { change, first, sql } from '../../platform/db/tables.ts';
import { isStaff, type Principal } from '../../platform/auth/access.ts';
import type { Program } from '../../domain/program.ts';
import { AppError, invalid, notFound } from '../../platform/problems.ts';
import { applyTierChanges, recomputeTiers } from '../tiers/tiers.service.ts';
import { createInvitation, type Invitation, type InviteOptions } from '../invitations/invitations.service.ts';
import { insertUser } from '../users/users.queries.ts';
import { findPublisher, lockPublisher } from '../../usecases/publishers.ts';
import { insertPublisher, searchPublisherRows, toPublisherView } from './publishers.queries.ts';
import type {
  CreatePublisherBody,
  PublishersPage,
  PublishersQuery,
  PublisherView,
} from './publishers.schema.ts';

/** Registers a publisher (S1) with its first user, the owner. */
export async function createPublisher(
  tx: Db,
  body: CreatePublisherBody,
  invite: InviteOptions,
  now: Date,
): Promise<PublisherView & { ownerInvitation: Invitation }> {
  try {
    const row = await insertPublisher(tx, { ...body, now });
    const owner = await insertUser(
      tx,
      {
        publisherId: row.id,
        email: body.owner.email,
        displayName: body.owner.displayName,
        role: 'publisher-owner',
        now,
      },
      '/body/owner/email',
      // Only program admins register publishers: they may be told that the address has an account.
      true,
    );
    const ownerInvitation = await createInvitation(tx, owner.id, invite, now);
    return { ...toPublisherView(row), ownerInvitation };
  } catch (error) {
    if (isUniqueViolation(error, 'publishers_mpn_id_key')) {
      throw new AppError('mpn-id-taken', `A publisher with MPN ID ${body.mpnId} is registered already.`, {
        errors: [{ pointer: '/body/mpnId', code: 'taken', detail: 'is registered already' }],
      });
    }
    throw error;
  }
}

/** Staff find among every publisher; a publisher's user finds its own (or nothing). A page by name. */
export async function listPublishers(
  db: Db,
  principal: Principal,
  query: PublishersQuery,
): Promise<PublishersPage> {
  const limit = query.limit ?? 50;
  const rows = await searchPublisherRows(db, {
    onlyId: isStaff(principal) ? null : principal.publisherId,
    q: query.q ?? null,
    limit,
    offset: query.offset ?? 0,
  });
  return { items: rows.slice(0, limit).map(toPublisherView), hasMore: rows.length > limit };
}

export async function getPublisher(db: Db, publisherId: string): Promise<PublisherView> {
  const row = await findPublisher(db, publisherId);
  if (!row) throw notFound('publisher');
  return toPublisherView(row);
}

/**
 * Moves a publisher profile into another company (L2) and recomputes every tier: the company it leaves and the
 * one it joins both change. Benefits already unlocked stay unlocked (L6).
 */
export async function moveToCompany(
  tx: Tx,
  program: Program,
  publisherId: string,
  companyId: string,
  now: Date,
): Promise<PublisherView> {
  const company = await first(tx, sql.selectFrom('companies').select('id').where('id', '=', companyId));
  if (!company) throw invalid([{ pointer: '/body/companyId', code: 'unknown', detail: 'is not a company' }]);
  const row = await lockPublisher(tx, publisherId);
  if (!row) throw notFound('publisher');
  await change(
    tx,
    sql.updateTable('publishers').set({ company_id: companyId }).where('id', '=', publisherId),
  );
  const run = await recomputeTiers(tx, program, now);
  await applyTierChanges(tx, program, now, { ids: run.changes.map((c) => c.id) });
  return getPublisher(tx, publisherId);
}
