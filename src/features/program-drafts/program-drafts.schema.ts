import Type, { type Static } from 'typebox';
import { CHANGE_SUBJECTS } from '../../domain/program-diff.ts';
import { Nullable, Timestamp, Uuid } from '../../platform/http/schemas.ts';

/**
 * A draft's document: any JSON object, so that work in progress can be saved while it still breaks the program's
 * rules (its problems come back with it). Bounded: the request body is at most 1 MiB, and so many keys at the top.
 */
const documentOf = (description: string) =>
  Type.Record(Type.String({ maxLength: 64 }), Type.Unknown(), { maxProperties: 64, description });
export const DraftDocument = documentOf(
  'A program document (the shape of a program file), possibly incomplete while it is a draft.',
);

const DraftName = Type.String({ minLength: 1, maxLength: 100 });

export const CreateDraftBody = Type.Object(
  {
    name: DraftName,
    document: Type.Optional(
      documentOf('A program file to start from; absent: a copy of the version in force.'),
    ),
  },
  { additionalProperties: false },
);
export type CreateDraftBody = Static<typeof CreateDraftBody>;

export const SaveDraftBody = Type.Object(
  {
    revision: Type.Integer({
      minimum: 1,
      description: 'The revision this edit started from: a draft saved since by someone else answers 409.',
    }),
    name: DraftName,
    document: DraftDocument,
  },
  { additionalProperties: false },
);
export type SaveDraftBody = Static<typeof SaveDraftBody>;

export const PublishDraftBody = Type.Object(
  {
    revision: Type.Integer({ minimum: 1 }),
    effectiveFrom: Type.String({
      format: 'date',
      description: 'The day the version takes effect: today or later (UTC).',
    }),
  },
  { additionalProperties: false },
);
export type PublishDraftBody = Static<typeof PublishDraftBody>;

export const DraftParams = Type.Object({ draftId: Uuid }, { additionalProperties: false });

export const DraftProblem = Type.Object(
  {
    path: Type.String({ description: 'JSON pointer of the field inside the document ("/" for the whole).' }),
    message: Type.String({ description: 'What is wrong, in English.' }),
    code: Type.String({
      description:
        'What is wrong, as a stable code: a schema keyword (minimum, pattern, required) or a rule.',
    }),
    params: Type.Optional(Type.Record(Type.String(), Type.Union([Type.String(), Type.Number()]))),
  },
  { additionalProperties: false },
);

export const DraftSummary = Type.Object(
  {
    id: Uuid,
    name: Type.String(),
    version: Nullable(Type.String(), { description: "The document's version name, when it has one." }),
    basedOn: Nullable(Type.String(), { description: 'The version in force when the draft was made.' }),
    revision: Type.Integer(),
    createdBy: Type.String(),
    createdAt: Timestamp,
    updatedBy: Type.String(),
    updatedAt: Timestamp,
  },
  { additionalProperties: false },
);
export type DraftSummary = Static<typeof DraftSummary>;

export const DraftView = Type.Object(
  {
    ...DraftSummary.properties,
    document: DraftDocument,
    problems: Type.Array(DraftProblem, {
      description:
        'Every problem at once, as a program file is checked; publishing refuses a draft with any.',
    }),
  },
  { additionalProperties: false },
);
export type DraftView = Static<typeof DraftView>;

const ChangeValue = Type.Union([
  Type.String(),
  Type.Number(),
  Type.Boolean(),
  Type.Array(Type.String()),
  Type.Null(),
]);

export const DraftDiff = Type.Object(
  {
    against: Type.String({ description: 'The version in force the draft is compared with.' }),
    changes: Type.Array(
      Type.Object(
        {
          subject: Type.Enum(CHANGE_SUBJECTS),
          id: Type.String(),
          name: Type.String(),
          field: Type.String(),
          tierId: Type.Optional(Type.String()),
          kind: Type.Enum(['added', 'removed', 'changed']),
          before: ChangeValue,
          after: ChangeValue,
          text: Type.String({ description: 'The change in English words.' }),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);
