// English mail: the reference wording (and the language of every tag without a catalog of its own).
import { S12_RESOURCES, type MessageCatalog } from './catalog.ts';

export const en: MessageCatalog = {
  greeting: 'Hello,',
  signature: 'The Marketplace Rewards team',
  causes: {
    'illegal-activity': 'illegal activity',
    delisting: 'delisting',
    'ip-violation': 'an intellectual property violation',
    'sponsorship-misuse': 'sponsorship misuse',
    other: 'another cause',
  },
  channels: { email: 'email', phone: 'phone', meeting: 'meeting', other: 'other' },
  about: (p, f) =>
    p.thread === 'dispute'
      ? p.lineId
        ? `dispute of billed-sales line ${f.s(p.lineId)}`
        : 'dispute of the tier figure'
      : p.thread === 'technical-request'
        ? `technical request for ${f.s(p.title)}`
        : `support ticket “${f.s(p.title)}”`,
  templates: {
    'activation-received': {
      subject: (p, f) => `We received your activation: ${f.benefit(p)}`,
      body: (p, f) => [
        `Thank you for activating ${f.benefit(p)}.`,
        `A member of the rewards team will contact you by ${f.date(p.contactDueAt)}.`,
      ],
    },
    'contact-logged': {
      subject: (p, f) => `The rewards team contacted you about ${f.s(p.about)}`,
      body: (p, f) => [
        `A member of the rewards team got in touch (${f.channel(p.channel)}) about ${f.s(p.about)}.`,
        'Reply to them directly with any question.',
      ],
    },
    'benefit-unlocked': {
      subject: (p, f) => `New benefit unlocked: ${f.benefit(p)}`,
      body: (p, f) => [
        `${f.benefit(p)} is now available to you.`,
        'Activate it on the Marketplace Rewards page, Sales and marketing benefits tab.',
      ],
    },
    'sponsorship-unlocked': {
      subject: (p, f) => `Your sponsorship is ready: ${f.benefit(p)}`,
      body: (p, f) => [
        `You have unlocked ${f.benefit(p)}${p.amountUsdCents ? ` worth ${f.usd(p.amountUsdCents)}` : ''}.`,
        'How to use it: activate the benefit on the Marketplace Rewards page; the rewards team then sends the sponsorship offer to your marketing contact, to redeem in the Azure portal.',
        p.waitsForName
          ? `It can be activated once your ${f.s(p.waitsForName)} is spent (${f.usd(p.waitsForRemainingUsdCents)} left), or after it expires on ${f.date(p.waitsForExpiresOn)}: a new sponsorship is issued only when the previous one is spent or expired.`
          : 'A new sponsorship is issued only when the previous one is spent or expired.',
      ],
    },
    'offer-live': {
      subject: (p, f) => `${f.s(p.offerName)} is live: welcome to Marketplace Rewards`,
      body: (p, f) => [
        `Your offer ${f.s(p.offerName)} is live on the marketplace.`,
        `A member of the rewards team will contact you by ${f.date(p.welcomeBy)} about the benefits it qualifies for.`,
        'Next steps: assign a marketing contact and see your benefits on the Marketplace Rewards page.',
      ],
    },
    'self-serve-resources': {
      subject: (p, f) => `Resources to promote ${f.s(p.offerName)}`,
      body: (p, f) => [
        `Every listing gets optimization recommendations and promotion resources. For ${f.s(p.offerName)}:`,
        ...S12_RESOURCES.map((url) => `- ${url}`),
      ],
    },
    'clock-warning': {
      subject: (p, f) => `Due ${f.date(p.dueAt)}: ${f.s(p.taskSubject)} (${f.s(p.companyName)})`,
      body: (p, f) => [
        `The promise to ${f.s(p.companyName)} runs out on ${f.date(p.dueAt)}: ${f.s(p.taskSubject)}.`,
        'Log the contact in the console once it is made.',
      ],
    },
    'clock-escalation': {
      subject: (p, f) => `Late: ${f.s(p.taskSubject)} (${f.s(p.companyName)})`,
      body: (p, f) => [
        `The promise to ${f.s(p.companyName)} ran out on ${f.date(p.dueAt)} with no contact logged: ${f.s(p.taskSubject)}.`,
        `Assigned to: ${f.s(p.assigneeName, 'nobody')}.`,
      ],
    },
    'welcome-lapsed': {
      subject: (p, f) => `Nobody has contacted you about ${f.s(p.offerName)} yet`,
      body: (p, f) => [
        `${f.s(p.offerName)} has been live since ${f.date(p.liveAt)} and the rewards team has not contacted you yet. We are sorry; the team has been told.`,
        'You own this offer in your organization. If you want to reach us first, open a support ticket on the Marketplace Rewards page.',
      ],
    },
    'benefit-expiring': {
      subject: (p, f) => `${f.benefit(p)} expires on ${f.date(p.expiresAt)}`,
      body: (p, f) => [
        `${f.benefit(p)} is a one-time benefit: it expires on ${f.date(p.expiresAt)}.`,
        'Activate it before then on the Marketplace Rewards page.',
      ],
    },
    'benefit-revoked': {
      subject: (p, f) => `${f.benefit(p)} was revoked`,
      body: (p, f) => [
        `${f.benefit(p)} was revoked for ${f.cause(p.cause)}${p.note ? `: ${f.s(p.note)}` : ''}.`,
        'Its open activations are cancelled. If you think this is a mistake, answer this message or open a support ticket.',
      ],
    },
    'benefit-reinstated': {
      subject: (p, f) => `${f.benefit(p)} is yours again`,
      body: (p, f) => [
        `${f.benefit(p)}, revoked earlier, is reinstated${p.note ? `: ${f.s(p.note)}` : ''}.`,
        'You can activate it again on the Marketplace Rewards page.',
      ],
    },
    'sponsorship-expiring': {
      subject: (p, f) =>
        `${f.usd(p.remainingUsdCents)} of your ${f.benefit(p)} expires on ${f.date(p.expiresAt)}`,
      body: (p, f) => [
        `${f.usd(p.remainingUsdCents)} of your ${f.usd(p.amountUsdCents)} ${f.benefit(p)} is not spent yet: the grant expires on ${f.date(p.expiresAt)}.`,
        'Spend it before then, or tell the rewards team you will not: the next sponsorship is issued once this one is spent or expired.',
      ],
    },
    'benefit-refreshed': {
      subject: (p, f) => `${f.benefit(p)} is available again for the year`,
      body: (p, f) => [
        `A new year of ${f.benefit(p)} started on ${f.date(p.periodStart)}, the anniversary of its unlock.`,
        'You can activate it again on the Marketplace Rewards page.',
      ],
    },
    'work-rerouted': {
      subject: (p, f) => `You now receive what went to ${f.s(p.fromName)}`,
      body: (p, f) => [
        `${f.s(p.fromName)} was deactivated. What they were responsible for now comes to you: ${f.s(p.what)}.`,
      ],
    },
    invitation: {
      subject: (p, f) =>
        p.publisherName
          ? `You are invited to ${f.s(p.publisherName)} on Marketplace Rewards`
          : 'You are invited to the Marketplace Rewards team',
      body: (p, f) => [
        `${f.s(p.inviterName, 'The Marketplace Rewards team')} invited you ${
          p.publisherName
            ? `to join ${f.s(p.publisherName)} on Marketplace Rewards`
            : p.role === 'program-admin'
              ? 'to run the Marketplace Rewards program as a program admin'
              : 'to join the Marketplace Rewards team'
        }.`,
        `Open this link to choose your password and sign in: ${f.link(p.url)}`,
        `The link works once and expires on ${f.date(p.expiresAt)}. If it has expired, ask for a new one.`,
      ],
    },
    'conversation-reply': {
      subject: (p, f) => `New reply on the ${f.about(p)}`,
      body: (p, f) => [
        `${f.s(p.authorName)} wrote on the ${f.about(p)} (${f.s(p.companyName)}):`,
        f.s(p.body),
        `Read the conversation and reply: ${f.link(p.url)}`,
      ],
    },
    'conversation-resolved': {
      subject: (p, f) => `Resolved: ${f.about(p)}`,
      body: (p, f) => [
        `${f.s(p.authorName)} of the rewards team marked the ${f.about(p)} as resolved.`,
        ...(p.body ? [f.s(p.body)] : []),
        `If anything is still open, reply in the conversation and it opens again: ${f.link(p.url)}`,
      ],
    },
    'dispute-decided': {
      subject: (p, f) =>
        p.outcome === 'upheld' ? `Your dispute is upheld: ${f.about(p)}` : `Decision on your ${f.about(p)}`,
      body: (p, f) => [
        p.outcome === 'upheld'
          ? `The rewards team reviewed your ${f.about(p)} and agrees with you.`
          : `The rewards team reviewed your ${f.about(p)}: the figure stands.`,
        ...(typeof p.correctionUsdCents === 'number'
          ? [
              `A correction of ${f.usd(p.correctionUsdCents)} was added to your billed sales; your tier figure includes it.`,
            ]
          : []),
        f.s(p.body),
        `Read the decision, and reply if you disagree: ${f.link(p.url)}`,
      ],
    },
    'new-sign-in': {
      subject: () => 'New sign-in to your Marketplace Rewards account',
      body: (p, f) => [
        `Someone signed in to your account on ${f.date(p.at)} from a browser you had not used before (address ${f.s(p.ip)}; ${f.s(p.browser, 'browser unknown')}).`,
        `If it was you, there is nothing to do. If not, change your password and end that session on your account page: ${f.link(p.url)}`,
      ],
    },
    'invitation-existing-account': {
      subject: (p, f) =>
        `Someone tried to add this address to ${f.s(p.publisherName, 'a publisher')} on Marketplace Rewards`,
      body: (p, f) => [
        `${f.s(p.inviterName, 'Someone')} added this email address to ${f.s(p.publisherName, 'a publisher')} on Marketplace Rewards. This address already has an account, and an address signs in to one account only, so nothing was changed.`,
        `To join ${f.s(p.publisherName, 'that publisher')}, ask ${f.s(p.inviterName, 'whoever invited you')} to invite another address of yours. If you did not expect this, ignore this message: your account is as it was.`,
      ],
    },
    'webhook-disabled': {
      subject: () => 'A webhook subscription was disabled',
      body: (p, f) => [
        p.reason === 'gone'
          ? `The webhook subscription to ${f.s(p.url)} was disabled: its receiver answered that it no longer wants them (410 Gone).`
          : `The webhook subscription to ${f.s(p.url)} was disabled after ${f.s(p.failures)} deliveries in a row failed.`,
        `Nothing more is sent to it. Fix the receiver, enable the subscription again and redeliver what it missed: ${f.link(p.page)}`,
      ],
    },
  },
};
