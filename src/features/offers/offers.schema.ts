import Type, { type Static } from 'typebox';
import { LISTING_OPTIONS } from '../../domain/program.ts';
import { Nullable, Timestamp, Uuid } from '../../platform/http/schemas.ts';

export const ListingOption = Type.Enum(LISTING_OPTIONS, {
  description: 'How the offer is listed; the program maps it to list, trial, consulting or transact (L1).',
});
const Markets = Type.Array(Type.String({ pattern: '^[A-Z]{2}$' }), {
  uniqueItems: true,
  maxItems: 250,
  description: 'ISO 3166 country codes where the offer is available.',
});

export const CreateOfferBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200 }),
    externalId: Type.Optional(
      Type.String({
        pattern: '^[A-Za-z0-9][A-Za-z0-9._:-]{0,199}$',
        description:
          "The marketplace's id of the offer, which billed-sales lines name; default: the offer's uuid.",
      }),
    ),
    marketplace: Type.Enum(['appsource', 'azure-marketplace']),
    listingOption: ListingOption,
    private: Type.Optional(Type.Boolean({ default: false })),
    coSellReady: Type.Optional(Type.Boolean({ default: false })),
    markets: Type.Optional(Markets),
    ownerUserId: Type.Optional(Nullable(Uuid)),
  },
  { additionalProperties: false },
);
export type CreateOfferBody = Static<typeof CreateOfferBody>;

export const UpdateOfferBody = Type.Object(
  {
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    private: Type.Optional(Type.Boolean()),
    coSellReady: Type.Optional(Type.Boolean()),
    markets: Type.Optional(Markets),
    ownerUserId: Type.Optional(Nullable(Uuid)),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateOfferBody = Static<typeof UpdateOfferBody>;

export const OfferParams = Type.Object({ publisherId: Uuid, offerId: Uuid }, { additionalProperties: false });

export const StatusBody = Type.Object(
  { status: Type.Enum(['live', 'delisted']) },
  { additionalProperties: false },
);

const PersonView = Type.Object(
  { id: Uuid, displayName: Type.String(), email: Type.String(), active: Type.Boolean() },
  { additionalProperties: false },
);

export const WelcomeView = Type.Object(
  {
    state: Type.Enum(['contacted', 'waiting', 'overdue']),
    windowEndsAt: Timestamp,
    contactedAt: Nullable(Timestamp),
    message: Type.String(),
    owner: Nullable(PersonView, {
      description: 'Shown once the window has passed: the owner got the notification (S11).',
    }),
    supportTicket: Nullable(
      Type.Object({ method: Type.Literal('POST'), href: Type.String() }, { additionalProperties: false }),
    ),
  },
  { additionalProperties: false },
);

export const OfferView = Type.Object(
  {
    id: Uuid,
    externalId: Type.String(),
    publisherId: Uuid,
    name: Type.String(),
    marketplace: Type.String(),
    listingOption: Type.String(),
    listingType: Type.String(),
    private: Type.Boolean(),
    coSellReady: Type.Boolean(),
    markets: Type.Array(Type.String()),
    owner: Nullable(PersonView),
    status: Type.Enum(['draft', 'live', 'delisted']),
    liveAt: Nullable(Timestamp),
    delistedAt: Nullable(Timestamp),
    createdAt: Timestamp,
    welcome: Nullable(WelcomeView),
  },
  { additionalProperties: false },
);
export type OfferView = Static<typeof OfferView>;
