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
    listingOption: Type.Optional(ListingOption),
    coSellReady: Type.Optional(Type.Boolean()),
    markets: Type.Optional(Markets),
    ownerUserId: Type.Optional(Nullable(Uuid)),
  },
  {
    additionalProperties: false,
    minProperties: 1,
    description:
      "A publisher's change to the listing option, co-sell readiness or markets is a request (`changeRequest`) " +
      'that the rewards team or the marketplace feed confirms; until then the offer keeps the confirmed facts. ' +
      'A program admin changes them at once.',
  },
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

/** The facts a change request may ask for: only those it would change. */
const RequestedFacts = Type.Object(
  {
    listingOption: Type.Optional(ListingOption),
    coSellReady: Type.Optional(Type.Boolean()),
    markets: Type.Optional(Type.Array(Type.String())),
  },
  { additionalProperties: false },
);

export const OfferChangeView = Type.Object(
  {
    id: Uuid,
    status: Type.Enum(['pending', 'confirmed', 'declined'], {
      description: 'Pending until the rewards team or the marketplace feed confirms or declines it.',
    }),
    requested: RequestedFacts,
    requestedAt: Timestamp,
    requestedByName: Nullable(Type.String()),
    decidedVia: Nullable(
      Type.Enum(['rewards-team', 'feed'], {
        description: "Who settled it: the rewards team, or the marketplace's feed reporting the offer.",
      }),
    ),
    decidedAt: Nullable(Timestamp),
    note: Nullable(Type.String({ description: 'Why, as the rewards team wrote it.' })),
  },
  { additionalProperties: false },
);
export type OfferChangeView = Static<typeof OfferChangeView>;

export const ChangeRequestParams = Type.Object(
  { publisherId: Uuid, offerId: Uuid, requestId: Uuid },
  { additionalProperties: false },
);

export const DecisionBody = Type.Object(
  {
    outcome: Type.Enum(['confirmed', 'declined']),
    note: Type.Optional(Type.String({ maxLength: 1000, description: 'Why; the publisher reads it.' })),
  },
  { additionalProperties: false },
);
export type DecisionBody = Static<typeof DecisionBody>;

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
    factsConfirmed: Type.Boolean({
      description:
        'False while the listing of an offer a publisher added waits for confirmation: it counts for no benefit until then.',
    }),
    changeRequest: Nullable(OfferChangeView, {
      description:
        "The publisher's open request to change the listing option, co-sell readiness or markets, else the last one settled.",
    }),
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
