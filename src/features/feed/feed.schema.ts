import Type, { type Static } from 'typebox';
import { Nullable, Timestamp } from '../../platform/http/schemas.ts';

const DeliveryId = Type.String({
  pattern: '^(batch|file)-[1-9][0-9]{0,14}$',
  description: 'batch-<n> for an API batch, file-<n> for a file import.',
});

export const DeliveriesQuery = Type.Object(
  {
    kind: Type.Optional(
      Type.Enum(['batch', 'file'], { description: 'batch: sent to the API; file: imported with the CLI.' }),
    ),
    status: Type.Optional(
      Type.Enum(['incomplete', 'complete', 'rejects'], {
        description:
          'incomplete: an import not finished (running, or stopped and to be run again); complete: every line ' +
          'written or a duplicate; rejects: finished with rejected lines.',
      }),
    ),
    from: Type.Optional(Timestamp),
    to: Type.Optional(Type.String({ format: 'date-time', description: 'Before this time (exclusive).' })),
    cursor: Type.Optional(
      Type.String({ maxLength: 100, description: 'The `next` of the previous page, as it came.' }),
    ),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
  },
  { additionalProperties: false },
);
export type DeliveriesQuery = Static<typeof DeliveriesQuery>;

export const DeliveryParams = Type.Object({ deliveryId: DeliveryId }, { additionalProperties: false });

export const DeliveryView = Type.Object(
  {
    id: DeliveryId,
    kind: Type.Enum(['batch', 'file']),
    content: Type.Enum(['billed-sales', 'offers', 'currency-rates'], {
      description: 'What the lines are: an API batch is billed sales; a file may also be offers or rates.',
    }),
    fileName: Nullable(Type.String(), { description: "The file's name; null for a batch." }),
    receivedAt: Timestamp,
    finishedAt: Nullable(Timestamp, { description: 'When an import ended; null while it is incomplete.' }),
    sentBy: Nullable(Type.String(), {
      description: "Who sent a batch: the person, or the API token's maker; null for a file (the CLI).",
    }),
    tokenName: Nullable(Type.String(), { description: 'The API token that sent a batch, if one did.' }),
    status: Type.Enum(['incomplete', 'complete', 'rejects']),
    lines: Type.Integer({ description: 'Lines read (an incomplete import: so far).' }),
    written: Type.Integer({ description: 'Lines written into the ledger.' }),
    duplicate: Type.Integer({ description: 'Lines sent before with the same content: not counted again.' }),
    rejected: Type.Integer(),
    writtenUsdCents: Nullable(Type.Integer(), {
      description: "The USD cents of a batch's written lines (reversals count none); null for a file.",
    }),
  },
  { additionalProperties: false },
);
export type DeliveryView = Static<typeof DeliveryView>;

export const DeliveriesPage = Type.Object(
  {
    items: Type.Array(DeliveryView),
    next: Nullable(Type.String(), { description: 'The cursor of the next page; null on the last.' }),
  },
  { additionalProperties: false },
);
export type DeliveriesPage = Static<typeof DeliveriesPage>;

export const RejectsQuery = Type.Object(
  {
    cursor: Type.Optional(
      Type.String({ maxLength: 100, description: 'The `next` of the previous page, as it came.' }),
    ),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100 })),
  },
  { additionalProperties: false },
);
export type RejectsQuery = Static<typeof RejectsQuery>;

export const RejectView = Type.Object(
  {
    line: Type.Integer({ description: "The line's number in the batch (from 1) or in the file." }),
    lineId: Nullable(Type.String(), { description: "The line's id as sent (batches)." }),
    code: Type.String({ description: 'A stable code of the reason.' }),
    field: Nullable(Type.String(), { description: 'The field at fault, when one is.' }),
    detail: Type.String({ description: 'The reason in words.' }),
  },
  { additionalProperties: false },
);
export type RejectView = Static<typeof RejectView>;

export const DeliveryDetail = Type.Object(
  {
    delivery: DeliveryView,
    rejects: Type.Object(
      {
        items: Type.Array(RejectView),
        next: Nullable(Type.String(), { description: 'The cursor of the next page; null on the last.' }),
      },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
);
export type DeliveryDetail = Static<typeof DeliveryDetail>;
