// Names for what the API answers, taken from the generated contract (schema.d.ts): nothing here restates a field.
import type { paths } from './schema.d.ts';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** The JSON body of a path and method's success (200 or 201). */
export type Answer<P extends keyof paths, M extends Method> = paths[P][M] extends {
  responses: infer R;
}
  ? R[Extract<keyof R, 200 | 201>] extends { content: { 'application/json': infer T } }
    ? T
    : never
  : never;

/** One item of a list answer ({ items: [...] }). */
type Item<P extends keyof paths> = Answer<P, 'get'> extends { items: (infer T)[] } ? T : never;

export type Session = Answer<'/api/v1/session', 'get'>;
export type SessionUser = Session['user'];
export type ProgramInfo = Answer<'/api/v1/program', 'get'>['inForce'];
export type Publisher = Item<'/api/v1/publishers'>;
export type User = Item<'/api/v1/publishers/{publisherId}/users'>;
export type StaffMember = Item<'/api/v1/staff'>;
export type ApiToken = Item<'/api/v1/api-tokens'>;
export type Benefits = Answer<'/api/v1/publishers/{publisherId}/benefits', 'get'>;
export type Benefit = Benefits['benefits'][number];
export type Reason = Benefit['reasons'][number];
export type Activation = Item<'/api/v1/publishers/{publisherId}/activations'>;
export type ClockState = Activation['clock'];
export type Contact = Item<'/api/v1/publishers/{publisherId}/marketing-contacts'>;
export type Offer = Item<'/api/v1/publishers/{publisherId}/offers'>;
export type TechnicalRequest = Item<'/api/v1/publishers/{publisherId}/technical-requests'>;
export type Ticket = Item<'/api/v1/publishers/{publisherId}/support-tickets'>;
export type Conversation = Answer<'/api/v1/publishers/{publisherId}/conversations/{conversationId}', 'get'>;
export type ConversationItem = Item<'/api/v1/publishers/{publisherId}/conversations'>;
export type LedgerSummary = Answer<'/api/v1/publishers/{publisherId}/billed-sales', 'get'>;
export type LedgerLines = Answer<'/api/v1/publishers/{publisherId}/billed-sales/lines', 'get'>;
export type Task = Item<'/api/v1/tasks'>;
export type Engagement = Answer<'/api/v1/publishers/{publisherId}/engagement', 'get'>;
export type Notification = Item<'/api/v1/notifications'>;
export type DemoUser = Item<'/api/v1/demo/users'>;
export type InvitationLookup = Answer<'/api/v1/invitations/lookup', 'post'>;

/** What a session's role may do, as the routes declare it (GET /session says which the user holds). */
export type Permission = Session['permissions'][number];
export type Grant = Item<'/api/v1/publishers/{publisherId}/sponsorships'>;
