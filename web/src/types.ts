// What the API answers, as the portal reads it (see /openapi.json for the full contract).

export type Role =
  'publisher-owner' | 'publisher-admin' | 'publisher-member' | 'rewards-team' | 'program-admin';

export interface SessionUser {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  publisherId: string | null;
}

export interface Session {
  user: SessionUser;
  csrfToken: string;
  expiresAt: string;
}

export interface Items<T> {
  items: T[];
}

export interface Publisher {
  id: string;
  mpnId: string;
  companyName: string;
  accountEmail: string;
}

export interface Reason {
  code: string;
  message: string;
  missing?: { tierId?: string; amountUsdCents?: number; listingTypes?: string[] };
}

export type BenefitState = 'locked' | 'available' | 'active' | 'expired';

export interface Benefit {
  id: string;
  name: string;
  description: string;
  category: 'sales-and-marketing' | 'technical';
  kind: string;
  activation: 'activate' | 'request';
  state: BenefitState;
  amountUsdCents: number | null;
  minTierId: string;
  unlockedAt: string | null;
  grandfathered: boolean;
  expiresAt: string | null;
  renewsAt: string | null;
  activationId: string | null;
  canActivate: boolean;
  reasons: Reason[];
  blockers: Reason[];
}

export interface Tier {
  id: string;
  name: string;
  thresholdUsdCents: number;
}

export interface Benefits {
  publisherId: string;
  asOf: string;
  tier: Tier;
  ttmUsdCents: number;
  nextTier: (Tier & { missingUsdCents: number }) | null;
  marketingContactCount: number;
  benefits: Benefit[];
}

export type ClockState = 'on-track' | 'due-soon' | 'late' | 'kept' | 'missed';

export interface Activation {
  id: string;
  benefitId: string;
  benefitName: string;
  status: string;
  requestedAt: string;
  contactDueAt: string;
  contactedAt: string | null;
  clock: ClockState;
  promise: string;
}

export interface User {
  id: string;
  email: string;
  displayName: string;
  role: string;
  active: boolean;
  createdAt: string;
}

export interface Contact {
  id: string;
  user: { id: string; displayName: string; email: string; active: boolean };
  email: string;
  phone: string;
  language: string;
}

export interface Person {
  id: string;
  displayName: string;
  email: string;
  active: boolean;
}

export interface Offer {
  id: string;
  name: string;
  marketplace: string;
  listingOption: string;
  listingType: string;
  private: boolean;
  status: 'draft' | 'live' | 'delisted';
  liveAt: string | null;
  owner: Person | null;
  welcome: {
    state: 'contacted' | 'waiting' | 'overdue';
    windowEndsAt: string;
    contactedAt: string | null;
    owner: Person | null;
    supportTicket: { method: 'POST'; href: string } | null;
  } | null;
}

export interface TechnicalRequest {
  id: string;
  offerId: string;
  offerName: string;
  stage: string;
  solution: string;
  description: string;
  status: string;
  requestedAt: string;
  dueAt: string;
  clock: ClockState;
}

export interface Ticket {
  id: string;
  offerId: string | null;
  offerName: string | null;
  subject: string;
  description: string;
  status: string;
  openedAt: string;
  dueAt: string;
  clock: ClockState;
}

export interface LedgerSummary {
  from: string;
  to: string;
  ttmUsdCents: number;
  months: {
    month: string;
    countedUsdCents: number;
    excludedUsdCents: number;
    countedLines: number;
    excludedLines: number;
  }[];
  tier: { id: string; name: string };
  next: {
    tier: { id: string; name: string };
    missingUsdCents: number;
    forecast: { paceUsdCentsPerMonth: number; reachedBy: string | null };
  } | null;
  history: {
    at: string;
    asOf: string;
    from: string;
    to: string;
    ttmUsdCents: number;
    programVersion: string;
  }[];
}

export interface LedgerLine {
  source: string;
  lineId: string;
  customerId: string;
  customerCountry: string;
  amountMinor: number;
  currency: string;
  usdCents: number | null;
  billedOn: string;
  kind: 'charge' | 'refund' | 'cancellation' | 'fraud-reversal';
  reversesLineId: string | null;
  counts: boolean;
  excluded: { code: 'reversal' | 'voided'; reason: string } | null;
}

export interface LedgerLines {
  total: number;
  items: LedgerLine[];
}

export interface ApiToken {
  id: string;
  name: string;
  scopes: string[];
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export type TaskKind = 'activation' | 'technical-request' | 'welcome' | 'support-ticket';

export interface Task {
  id: string;
  publisherId: string;
  companyName: string;
  mpnId: string;
  kind: TaskKind;
  status: 'open' | 'contacted' | 'done' | 'cancelled';
  subject: string;
  benefitId: string | null;
  offerName: string | null;
  createdAt: string;
  dueAt: string;
  contactedAt: string | null;
  clock: ClockState;
  assigneeId: string | null;
  assigneeName: string | null;
  warnedAt: string | null;
  escalatedAt: string | null;
  cancelReason: string | null;
}

export interface TaskContact {
  id: string;
  taskId: string;
  channel: string;
  note: string;
  contactedByName: string;
  contactedAt: string;
}

export interface OptOut {
  id: string;
  engagement: 'all' | 'welcome' | 'announcements';
  note: string;
  recordedAt: string;
  withdrawnAt: string | null;
}

export interface Engagement {
  tasks: Task[];
  contacts: TaskContact[];
  optOuts: OptOut[];
  outbox: Record<string, number>;
}

export interface Notification {
  id: string;
  publisherId: string | null;
  kind: string;
  recipientEmail: string;
  language: string;
  status: string;
  subject: string;
  attempts: number;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
}

export interface StaffMember {
  id: string;
  displayName: string;
  email: string;
  role: string;
  active: boolean;
}
