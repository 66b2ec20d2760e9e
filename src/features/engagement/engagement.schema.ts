import Type, { type Static } from 'typebox';
import { Nullable, Timestamp, Uuid } from '../../platform/http/schemas.ts';
import { OPT_OUT_ENGAGEMENTS } from '../../usecases/outbox.ts';
import { ContactView, TaskView } from '../tasks/tasks.schema.ts';

export const Engagement = Type.Enum(OPT_OUT_ENGAGEMENTS, {
  description:
    'welcome: welcome calls and go-live messages; announcements: benefit, sponsorship, resource, expiry and refresh emails; all: both. Answers to what the publisher asks for itself (activations, requests) still go.',
});

export const OptOutBody = Type.Object(
  { engagement: Engagement, note: Type.String({ minLength: 1, maxLength: 2000 }) },
  { additionalProperties: false },
);
export type OptOutBody = Static<typeof OptOutBody>;

export const OptOutView = Type.Object(
  {
    id: Uuid,
    publisherId: Uuid,
    engagement: Engagement,
    note: Type.String(),
    recordedBy: Uuid,
    recordedAt: Timestamp,
    withdrawnAt: Nullable(Timestamp),
  },
  { additionalProperties: false },
);
export type OptOutView = Static<typeof OptOutView>;

export const OptOutParams = Type.Object(
  { publisherId: Uuid, optOutId: Uuid },
  { additionalProperties: false },
);

export const EngagementView = Type.Object(
  {
    tasks: Type.Array(TaskView, {
      description: 'Every task of the publisher, open and closed, soonest due first.',
    }),
    contacts: Type.Array(ContactView, { description: 'Every contact logged, newest first (the history).' }),
    optOuts: Type.Array(OptOutView),
    outbox: Type.Record(Type.String(), Type.Integer(), {
      description: "The publisher's messages by status.",
    }),
  },
  { additionalProperties: false },
);
