// Every message the program sends, in the recipient's language (English and Traditional Chinese; English for
// any other tag), as a subject, plain text and HTML. Pure: the same kind, payload and language give the same text.

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
] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

export const LANGUAGES = ['en', 'zh-TW'] as const;
export type Language = (typeof LANGUAGES)[number];

/** zh-TW, zh-Hant (any region), zh-HK and zh-MO read Traditional Chinese; every other tag English. */
export function messageLanguage(tag: string): Language {
  const t = tag.toLowerCase();
  return /^zh-(tw|hk|mo|hant)\b/.test(t) ? 'zh-TW' : 'en';
}

export interface Rendered {
  subject: string;
  text: string;
  html: string;
  language: Language;
}

type Payload = Record<string, unknown>;
interface Template {
  subject: (p: Payload, f: Format) => string;
  body: (p: Payload, f: Format) => string[];
}
interface Format {
  date(value: unknown): string;
  usd(cents: unknown): string;
  s(value: unknown, fallback?: string): string;
}

/** The causes a benefit is revoked for (L6), in each language. */
const CAUSES: Record<Language, Record<string, string>> = {
  en: {
    'illegal-activity': 'illegal activity',
    delisting: 'delisting',
    'ip-violation': 'an intellectual property violation',
    'sponsorship-misuse': 'sponsorship misuse',
    other: 'another cause',
  },
  'zh-TW': {
    'illegal-activity': '違法活動',
    delisting: '下架',
    'ip-violation': '侵害智慧財產權',
    'sponsorship-misuse': '不當使用贊助',
    other: '其他原因',
  },
};

const S12_RESOURCES = [
  'https://learn.microsoft.com/partner-center/marketplace/marketplace-rewards',
  'https://learn.microsoft.com/partner-center/marketplace/gtm-offer-listing-best-practices',
  'https://learn.microsoft.com/partner-center/marketplace/gtm-your-marketplace-benefits',
];

const TEMPLATES: Record<Language, Record<MessageKind, Template>> = {
  en: {
    'activation-received': {
      subject: (p, f) => `We received your activation: ${f.s(p.benefitName)}`,
      body: (p, f) => [
        `Thank you for activating ${f.s(p.benefitName)}.`,
        `A member of the rewards team will contact you by ${f.date(p.contactDueAt)}.`,
      ],
    },
    'contact-logged': {
      subject: (p, f) => `The rewards team contacted you about ${f.s(p.about)}`,
      body: (p, f) => [
        `A member of the rewards team got in touch (${f.s(p.channel)}) about ${f.s(p.about)}.`,
        'Reply to them directly with any question.',
      ],
    },
    'benefit-unlocked': {
      subject: (p, f) => `New benefit unlocked: ${f.s(p.benefitName)}`,
      body: (p, f) => [
        `${f.s(p.benefitName)} is now available to you.`,
        'Activate it on the Marketplace Rewards page, Sales and marketing benefits tab.',
      ],
    },
    'sponsorship-unlocked': {
      subject: (p, f) => `Your sponsorship is ready: ${f.s(p.benefitName)}`,
      body: (p, f) => [
        `You have unlocked ${f.s(p.benefitName)}${p.amountUsdCents ? ` worth ${f.usd(p.amountUsdCents)}` : ''}.`,
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
      subject: (p, f) => `${f.s(p.benefitName)} expires on ${f.date(p.expiresAt)}`,
      body: (p, f) => [
        `${f.s(p.benefitName)} is a one-time benefit: it expires on ${f.date(p.expiresAt)}.`,
        'Activate it before then on the Marketplace Rewards page.',
      ],
    },
    'benefit-revoked': {
      subject: (p, f) => `${f.s(p.benefitName)} was revoked`,
      body: (p, f) => [
        `${f.s(p.benefitName)} was revoked for ${CAUSES.en[f.s(p.cause)] ?? CAUSES.en.other}${p.note ? `: ${f.s(p.note)}` : ''}.`,
        'Its open activations are cancelled. If you think this is a mistake, answer this message or open a support ticket.',
      ],
    },
    'benefit-reinstated': {
      subject: (p, f) => `${f.s(p.benefitName)} is yours again`,
      body: (p, f) => [
        `${f.s(p.benefitName)}, revoked earlier, is reinstated${p.note ? `: ${f.s(p.note)}` : ''}.`,
        'You can activate it again on the Marketplace Rewards page.',
      ],
    },
    'sponsorship-expiring': {
      subject: (p, f) =>
        `${f.usd(p.remainingUsdCents)} of your ${f.s(p.benefitName)} expires on ${f.date(p.expiresAt)}`,
      body: (p, f) => [
        `${f.usd(p.remainingUsdCents)} of your ${f.usd(p.amountUsdCents)} ${f.s(p.benefitName)} is not spent yet: the grant expires on ${f.date(p.expiresAt)}.`,
        'Spend it before then, or tell the rewards team you will not: the next sponsorship is issued once this one is spent or expired.',
      ],
    },
    'benefit-refreshed': {
      subject: (p, f) => `${f.s(p.benefitName)} is available again for the year`,
      body: (p, f) => [
        `A new year of ${f.s(p.benefitName)} started on ${f.date(p.periodStart)}, the anniversary of its unlock.`,
        'You can activate it again on the Marketplace Rewards page.',
      ],
    },
    'work-rerouted': {
      subject: (p, f) => `You now receive what went to ${f.s(p.fromName)}`,
      body: (p, f) => [
        `${f.s(p.fromName)} was deactivated. What they were responsible for now comes to you: ${f.s(p.what)}.`,
      ],
    },
  },
  'zh-TW': {
    'activation-received': {
      subject: (p, f) => `我們已收到您的啟用申請：${f.s(p.benefitName)}`,
      body: (p, f) => [
        `感謝您啟用「${f.s(p.benefitName)}」。`,
        `獎勵小組成員將在 ${f.date(p.contactDueAt)} 之前與您聯絡。`,
      ],
    },
    'contact-logged': {
      subject: (p, f) => `獎勵小組已就「${f.s(p.about)}」與您聯絡`,
      body: (p, f) => [
        `獎勵小組成員已透過 ${f.s(p.channel)} 就「${f.s(p.about)}」與您聯絡。`,
        '如有任何問題，請直接回覆對方。',
      ],
    },
    'benefit-unlocked': {
      subject: (p, f) => `已解除鎖定新權益：${f.s(p.benefitName)}`,
      body: (p, f) => [
        `您現在可以使用「${f.s(p.benefitName)}」。`,
        '請在 Marketplace Rewards 頁面的「銷售與行銷權益」索引標籤啟用。',
      ],
    },
    'sponsorship-unlocked': {
      subject: (p, f) => `您的贊助已就緒：${f.s(p.benefitName)}`,
      body: (p, f) => [
        `您已解除鎖定「${f.s(p.benefitName)}」${p.amountUsdCents ? `，價值 ${f.usd(p.amountUsdCents)}` : ''}。`,
        '使用方式：在 Marketplace Rewards 頁面啟用此權益，獎勵小組會將贊助優惠寄給您的行銷連絡人，請於 Azure 入口網站兌換。',
        p.waitsForName
          ? `待您的「${f.s(p.waitsForName)}」用完（尚餘 ${f.usd(p.waitsForRemainingUsdCents)}），或於 ${f.date(p.waitsForExpiresOn)} 到期後，即可啟用：前一筆贊助用完或到期後，才會核發新的贊助。`
          : '前一筆贊助用完或到期後，才會核發新的贊助。',
      ],
    },
    'offer-live': {
      subject: (p, f) => `「${f.s(p.offerName)}」已上線：歡迎加入 Marketplace Rewards`,
      body: (p, f) => [
        `您的供應項目「${f.s(p.offerName)}」已在市集上線。`,
        `獎勵小組成員將在 ${f.date(p.welcomeBy)} 之前與您聯絡，說明它符合資格的權益。`,
        '後續步驟：指派行銷連絡人，並在 Marketplace Rewards 頁面查看您的權益。',
      ],
    },
    'self-serve-resources': {
      subject: (p, f) => `推廣「${f.s(p.offerName)}」的資源`,
      body: (p, f) => [
        `每個上架項目都能獲得最佳化建議與推廣資源。關於「${f.s(p.offerName)}」：`,
        ...S12_RESOURCES.map((url) => `- ${url}`),
      ],
    },
    'clock-warning': {
      subject: (p, f) => `${f.date(p.dueAt)} 到期：${f.s(p.taskSubject)}（${f.s(p.companyName)}）`,
      body: (p, f) => [
        `對 ${f.s(p.companyName)} 的承諾將於 ${f.date(p.dueAt)} 到期：${f.s(p.taskSubject)}。`,
        '聯絡後請在主控台記錄。',
      ],
    },
    'clock-escalation': {
      subject: (p, f) => `已逾期：${f.s(p.taskSubject)}（${f.s(p.companyName)}）`,
      body: (p, f) => [
        `對 ${f.s(p.companyName)} 的承諾已於 ${f.date(p.dueAt)} 到期，仍未記錄聯絡：${f.s(p.taskSubject)}。`,
        `負責人：${f.s(p.assigneeName, '無')}。`,
      ],
    },
    'welcome-lapsed': {
      subject: (p, f) => `尚未有人就「${f.s(p.offerName)}」與您聯絡`,
      body: (p, f) => [
        `「${f.s(p.offerName)}」自 ${f.date(p.liveAt)} 上線至今，獎勵小組尚未與您聯絡。很抱歉，我們已通知小組。`,
        '您是貴組織中此供應項目的負責人。若想先聯絡我們，請在 Marketplace Rewards 頁面提交支援票證。',
      ],
    },
    'benefit-expiring': {
      subject: (p, f) => `「${f.s(p.benefitName)}」將於 ${f.date(p.expiresAt)} 到期`,
      body: (p, f) => [
        `「${f.s(p.benefitName)}」是一次性權益，將於 ${f.date(p.expiresAt)} 到期。`,
        '請在到期前於 Marketplace Rewards 頁面啟用。',
      ],
    },
    'benefit-revoked': {
      subject: (p, f) => `「${f.s(p.benefitName)}」已被撤銷`,
      body: (p, f) => [
        `「${f.s(p.benefitName)}」因${CAUSES['zh-TW'][f.s(p.cause)] ?? CAUSES['zh-TW'].other}已被撤銷${p.note ? `：${f.s(p.note)}` : ''}。`,
        '其進行中的啟用已取消。如果您認為有誤，請回覆此郵件或建立支援票證。',
      ],
    },
    'benefit-reinstated': {
      subject: (p, f) => `「${f.s(p.benefitName)}」已恢復`,
      body: (p, f) => [
        `先前被撤銷的「${f.s(p.benefitName)}」已恢復${p.note ? `：${f.s(p.note)}` : ''}。`,
        '您可以再次在 Marketplace Rewards 頁面啟用。',
      ],
    },
    'sponsorship-expiring': {
      subject: (p, f) =>
        `您的「${f.s(p.benefitName)}」尚餘 ${f.usd(p.remainingUsdCents)}，將於 ${f.date(p.expiresAt)} 到期`,
      body: (p, f) => [
        `您的「${f.s(p.benefitName)}」（${f.usd(p.amountUsdCents)}）尚有 ${f.usd(p.remainingUsdCents)} 未使用，將於 ${f.date(p.expiresAt)} 到期。`,
        '請在到期前使用，或告知獎勵小組您不會使用：此筆贊助用完或到期後，才會核發下一筆。',
      ],
    },
    'benefit-refreshed': {
      subject: (p, f) => `「${f.s(p.benefitName)}」已開始新的年度`,
      body: (p, f) => [
        `「${f.s(p.benefitName)}」已於解除鎖定週年日 ${f.date(p.periodStart)} 開始新的年度。`,
        '您可以在 Marketplace Rewards 頁面再次啟用。',
      ],
    },
    'work-rerouted': {
      subject: (p, f) => `原本寄給 ${f.s(p.fromName)} 的通知今後將寄給您`,
      body: (p, f) => [`${f.s(p.fromName)} 已停用。其負責的事項今後由您接收：${f.s(p.what)}。`],
    },
  },
};

const GREETING: Record<Language, string> = { en: 'Hello,', 'zh-TW': '您好：' };
const SIGNATURE: Record<Language, string> = {
  en: 'The Marketplace Rewards team',
  'zh-TW': 'Marketplace Rewards 小組 敬上',
};

function formatFor(language: Language): Format {
  const dates = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' });
  const money = new Intl.NumberFormat(language, { style: 'currency', currency: 'USD' });
  return {
    date: (value) => {
      const d = new Date(typeof value === 'string' || typeof value === 'number' ? value : NaN);
      return Number.isNaN(d.getTime()) ? '' : dates.format(d);
    },
    usd: (cents) => (typeof cents === 'number' ? money.format(cents / 100) : ''),
    s: (value, fallback = '') =>
      typeof value === 'string' && value !== ''
        ? value
        : typeof value === 'number'
          ? String(value)
          : fallback,
  };
}

const escapeHtml = (text: string) =>
  text
    .replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
    .replace(/(https:\/\/[^\s&<]+)/g, '<a href="$1">$1</a>');

/** The message of `kind` for `payload` in the language nearest `languageTag`; unknown kinds throw. */
export function renderMessage(kind: string, payload: Payload, languageTag: string): Rendered {
  const language = messageLanguage(languageTag);
  const template = TEMPLATES[language][kind as MessageKind] as Template | undefined;
  if (!template) throw new Error(`No message template for kind "${kind}"`);
  const f = formatFor(language);
  const lines = template.body(payload, f);
  const text = [GREETING[language], '', ...lines, '', SIGNATURE[language], ''].join('\n');
  const html = `<!doctype html><html lang="${language}"><body><p>${escapeHtml(GREETING[language])}</p>${lines
    .map((l) => `<p>${escapeHtml(l)}</p>`)
    .join('')}<p>${escapeHtml(SIGNATURE[language])}</p></body></html>`;
  return { subject: template.subject(payload, f), text, html, language };
}
