// What a language's mail catalog holds (messages/<language>.ts): a template for every kind of message, the
// greeting and signature around it, and the words for the codes a message names. A language missing any of them
// fails the typecheck, so a language is offered only when complete.
import type { RevocationCause } from '../../domain/facts.ts';

export const MESSAGE_KINDS = [
  'activation-received',
  'contact-logged',
  'benefit-unlocked',
  'sponsorship-unlocked',
  'offer-live',
  'self-serve-resources',
  'clock-warning',
  'clock-escalation',
  'welcome-lapsed',
  'benefit-expiring',
  'benefit-refreshed',
  'work-rerouted',
  'sponsorship-expiring',
  'benefit-revoked',
  'benefit-reinstated',
  'invitation',
  'conversation-reply',
  'conversation-resolved',
  'dispute-decided',
  'new-sign-in',
  'invitation-existing-account',
  'webhook-disabled',
] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

/** How a contact was reached (the tasks' contact log: tasks.schema.ts). */
export type ContactChannel = 'email' | 'phone' | 'meeting' | 'other';

export type Payload = Record<string, unknown>;

/** Formatting in the message's language: dates and money through Intl, codes through the catalog. */
export interface Format {
  /** A day (an ISO date or timestamp) in the language's long form, in UTC; '' when unreadable. */
  date(value: unknown): string;
  /** USD cents as the language writes US dollars; '' when not a number. */
  usd(cents: unknown): string;
  /** A payload string (or number) as is; `fallback` (default '') when missing or empty. */
  s(value: unknown, fallback?: string): string;
  /** A revocation cause in the language's words; an unknown one is "another cause". */
  cause(value: unknown): string;
  /** A contact channel in the language's words; an unknown one as sent. */
  channel(value: unknown): string;
  /**
   * The benefit (or benefits) a message is about, in the language's words: the payload's `benefitIds` (or
   * `benefitId`) named from the program's names in that language, as a list the language writes; the payload's
   * `benefitNames` or `benefitName`, the program's own text, for an id without a translation.
   */
  benefit(p: Payload): string;
  /**
   * A link the service itself made (an invitation's, say): clickable in the HTML mail. Text a person wrote, even a
   * URL, never is (`s`): mail from the marketplace's address must not turn someone's words into a link.
   */
  link(value: unknown): string;
  /** The conversation a message is about, in the language's words (MessageCatalog.about). */
  about(p: Payload): string;
}

export interface Template {
  subject: (p: Payload, f: Format) => string;
  /** The paragraphs between the greeting and the signature. */
  body: (p: Payload, f: Format) => string[];
}

export interface MessageCatalog {
  greeting: string;
  signature: string;
  /** The causes a benefit is revoked for (L6). */
  causes: Record<RevocationCause, string>;
  channels: Record<ContactChannel, string>;
  /**
   * A conversation named as the language says it: the payload's `thread` (support-ticket, technical-request or
   * dispute) with its `title` (a ticket's subject, a request's offer) or, for a dispute, its `lineId` (null: the
   * tier figure).
   */
  about: (p: Payload, f: Format) => string;
  templates: Record<MessageKind, Template>;
}

/** The self-serve resources every listing gets (S12), in every language. */
export const S12_RESOURCES = [
  'https://learn.microsoft.com/partner-center/marketplace/marketplace-rewards',
  'https://learn.microsoft.com/partner-center/marketplace/gtm-offer-listing-best-practices',
  'https://learn.microsoft.com/partner-center/marketplace/gtm-your-marketplace-benefits',
];
