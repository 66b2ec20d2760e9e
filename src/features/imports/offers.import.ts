// Offers from the marketplace feed as a file: each line creates or updates the offer with that marketplace id,
// and moves it live or delisted (S3: going live opens the welcome clock). A bad line is rejected on its own.
import Value from 'typebox/value';
import type { Program } from '../../domain/program.ts';
import type { Tx } from '../../platform/db/pool.ts';
import { first, sql } from '../../platform/db/tables.ts';
import { AppError } from '../../platform/problems.ts';
import type { ChunkResult } from './imports.queries.ts';
import type { Columns, FileRecord } from './imports.records.ts';
import { CreateOfferBody } from '../offers/offers.schema.ts';
import { changeOfferStatus, createOffer, updateOffer } from '../offers/offers.service.ts';

export const OFFER_FIELDS = [
  'mpnId',
  'publisherId',
  'offerId',
  'name',
  'marketplace',
  'listingOption',
  'private',
  'coSellReady',
  'markets',
  'status',
] as const;
/** The columns of an offers file: the publisher (by MPN ID or id), and what creating an offer needs. */
export const OFFER_COLUMNS: Columns = {
  known: OFFER_FIELDS,
  required: [['mpnId', 'publisherId'], ['offerId'], ['name'], ['marketplace'], ['listingOption']],
};

const FORMULA = /^[=+\-@\t\r]/;

export async function importOffers(
  tx: Tx,
  program: Program,
  records: readonly FileRecord[],
  now: Date,
): Promise<Omit<ChunkResult, 'lastLine'>> {
  const result: Omit<ChunkResult, 'lastLine'> = { accepted: 0, duplicate: 0, rejects: [] };
  for (const { lineNo, fields } of records) {
    const reject = (code: string, field: string | null, detail: string) =>
      result.rejects.push({ lineNo, code, field, detail });
    if (typeof fields.__error === 'string') {
      reject('malformed-line', null, fields.__error);
      continue;
    }
    const formula = OFFER_FIELDS.find((f) => typeof fields[f] === 'string' && FORMULA.test(fields[f]));
    if (formula) {
      reject(
        'formula-cell',
        formula,
        `${formula} starts with a character a spreadsheet would run as a formula`,
      );
      continue;
    }
    const publisher = await first(
      tx,
      sql
        .selectFrom('publishers')
        .select('id')
        .where((eb) =>
          eb.or([
            eb('mpn_id', '=', text(fields.mpnId)),
            eb(eb.cast<string>('id', 'text'), '=', text(fields.publisherId)),
          ]),
        ),
    );
    const publisherId = publisher?.id;
    if (!publisherId) {
      reject('unknown-publisher', fields.publisherId ? 'publisherId' : 'mpnId', 'no such publisher');
      continue;
    }
    const body = {
      name: fields.name,
      externalId: fields.offerId,
      marketplace: fields.marketplace,
      listingOption: fields.listingOption,
      private: flag(fields.private),
      coSellReady: flag(fields.coSellReady),
      markets:
        typeof fields.markets === 'string' ? fields.markets.split(/[\s;]+/).filter(Boolean) : fields.markets,
    };
    if (!Value.Check(CreateOfferBody, body) || typeof body.externalId !== 'string') {
      const error = [...Value.Errors(CreateOfferBody, body)][0];
      const field = error?.instancePath.split('/')[1] ?? 'offerId';
      reject(
        'malformed-offer',
        field === 'externalId' ? 'offerId' : field,
        `${field} ${error?.message ?? 'is missing'}`,
      );
      continue;
    }
    const status = fields.status ?? 'draft';
    if (status !== 'draft' && status !== 'live' && status !== 'delisted') {
      reject('malformed-offer', 'status', 'status must be draft, live or delisted');
      continue;
    }
    await tx.query('SAVEPOINT offer_line');
    try {
      const known = await first(
        tx,
        sql
          .selectFrom('offers')
          .select(['id', 'status'])
          .where('publisher_id', '=', publisherId)
          .where('external_id', '=', body.externalId),
      );
      const offerId = known
        ? (
            await updateOffer(
              tx,
              program,
              publisherId,
              known.id,
              {
                name: body.name,
                private: body.private ?? false,
                // The marketplace's facts, as its feed reports them: they settle a publisher's open request.
                listingOption: body.listingOption,
                coSellReady: body.coSellReady ?? false,
                markets: body.markets ?? [],
              },
              { kind: 'feed' },
              now,
            )
          ).id
        : (await createOffer(tx, program, publisherId, body, { kind: 'feed' }, now)).id;
      if (status !== 'draft' && status !== (known?.status ?? 'draft')) {
        await changeOfferStatus(tx, program, publisherId, offerId, status, now);
      }
      await tx.query('RELEASE SAVEPOINT offer_line');
      result.accepted++;
    } catch (error) {
      await tx.query('ROLLBACK TO SAVEPOINT offer_line');
      if (!(error instanceof AppError)) throw error;
      reject(error.code, null, error.message);
    }
  }
  return result;
}

const text = (value: unknown) =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : '';

function flag(value: unknown): unknown {
  if (value === 'true' || value === '1') return true;
  if (value === 'false' || value === '0' || value === '' || value === undefined) return false;
  return value;
}
