import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { loadConfig } from '../platform/config.ts';
import { LANGUAGES, MESSAGE_KINDS, messageLanguage, renderMessage, type Language } from './messages.ts';

describe('messages', () => {
  it('reads each tag in the nearest offered language, English for the rest', () => {
    const expected: Record<Language, string[]> = {
      'zh-TW': ['zh-TW', 'zh-tw', 'zh-Hant', 'zh-Hant-TW', 'zh-HK', 'zh-MO'],
      ja: ['ja', 'ja-JP', 'JA'],
      ko: ['ko', 'ko-KR'],
      de: ['de', 'de-DE', 'de-AT', 'de-CH'],
      fr: ['fr', 'fr-FR', 'fr-CA', 'fr-BE'],
      es: ['es', 'es-ES', 'es-MX', 'es-419'],
      'pt-BR': ['pt', 'pt-BR', 'pt-PT', 'pt-br'],
      en: ['en', 'en-GB', 'zh-CN', 'zh-Hans', 'zh', 'it', 'nl', 'jav', 'des', '', 'x-unknown'],
    };
    for (const [language, tags] of Object.entries(expected))
      for (const tag of tags) assert.equal(messageLanguage(tag), language, tag);
  });

  it('renders every kind in every offered language, in that language, as subject, text and HTML', () => {
    // Payload values that are nobody's words, so that what is left is the template's.
    const payload = {
      benefitName: 'Contoso Boost',
      offerName: 'Contoso Analytics',
      contactDueAt: '2026-03-09T10:00:00Z',
      welcomeBy: '2026-03-09T10:00:00Z',
      dueAt: '2026-03-09T10:00:00Z',
      liveAt: '2026-03-09T10:00:00Z',
      expiresAt: '2026-03-09T10:00:00Z',
      periodStart: '2026-03-09T10:00:00Z',
      amountUsdCents: 1_500_000,
      remainingUsdCents: 500_000,
      waitsForName: 'Contoso Grant',
      waitsForRemainingUsdCents: 500_000,
      waitsForExpiresOn: '2026-03-09',
      taskSubject: 'Contoso Call',
      companyName: 'Contoso',
      assigneeName: 'Ana',
      about: 'Contoso Boost',
      channel: 'meeting',
      cause: 'ip-violation',
      note: 'Contoso Note',
      fromName: 'Marco',
      what: 'Contoso Analytics',
    };
    const values = Object.values(payload).filter((v): v is string => typeof v === 'string');
    // What each language's own text has and English has not: its script, or its everyday words.
    // Whole words, letters of any script counted as word characters (\b knows ASCII only).
    const words = (list: string) => new RegExp(`(?<!\\p{L})(${list})(?!\\p{L})`, 'iu');
    const own: Record<Language, RegExp> = {
      en: words('the|you|your'),
      'zh-TW': /[\u4e00-\u9fff]/,
      ja: /[\u3040-\u30ff]/,
      ko: /[\uac00-\ud7af]/,
      de: words('Sie|Ihnen|Ihr|Ihre|Ihren|Ihrem|Ihres|der|die|das|den|dem|ein|eine|und|für|wurde|ist'),
      fr: words('vous|votre|vos|le|les|des|un|une|et|pour|est|été'),
      es: words('usted|su|sus|el|la|los|un|una|y|con|en|para|ha|se|está'),
      'pt-BR': words('você|seu|sua|um|uma|o|a|e|com|em|para|foi|está|ao|da|do'),
    };
    // Words of the English templates that no other language's sentence has.
    const english = words('the|you|your|is|has|been|and|of|to|with|from|when|this|that|it|about|by');
    const day: Record<Language, string> = {
      en: 'March 9, 2026',
      'zh-TW': '2026年3月9日',
      ja: '2026年3月9日',
      ko: '2026년 3월 9일',
      de: '9. März 2026',
      fr: '9 mars 2026',
      es: '9 de marzo de 2026',
      'pt-BR': '9 de março de 2026',
    };
    const mask = (text: string) =>
      values.reduce((t, v) => t.split(v).join(' '), text.replace(/https:\/\/\S+/g, ' '));
    for (const kind of MESSAGE_KINDS) {
      const rendered = LANGUAGES.map((language) => renderMessage(kind, payload, language));
      const en = rendered[0]!;
      assert.equal(
        new Set(rendered.map((r) => r.text)).size,
        LANGUAGES.length,
        `${kind}: one text per language`,
      );
      for (const r of rendered) {
        const what = `${kind} (${r.language})`;
        const body = r.text.split('\n').slice(2, -3).join('\n');
        assert.match(body, own[r.language], `${what}: ${body}`);
        assert.match(r.html, new RegExp(`^<!doctype html><html lang="${r.language}">`), what);
        if (en.text.includes(day.en))
          assert.ok(r.text.includes(day[r.language]), `${what}: the day as ${r.language} writes it`);
        if (r.language === 'en') continue;
        assert.notEqual(r.subject.toLowerCase(), en.subject.toLowerCase(), `${what}: its own subject`);
        assert.doesNotMatch(mask(`${r.subject}\n${r.text}`), english, `${what}: no English left`);
        if (r.language === 'ja') assert.match(r.subject, /[\u3040-\u30ff\u4e00-\u9fff]/, what);
        if (r.language === 'zh-TW') assert.doesNotMatch(r.text, /[\u3040-\u30ff]/, `${what}: no kana`);
      }
    }
    const text = (kind: string, language: Language) => renderMessage(kind, payload, language).text;
    assert.match(text('sponsorship-unlocked', 'en'), /\$15,000\.00/);
    assert.match(text('sponsorship-expiring', 'zh-TW'), /尚有 US\$5,000\.00 未使用/);
    assert.match(text('sponsorship-expiring', 'de'), /5\.000,00\s\$/);
    assert.match(text('sponsorship-expiring', 'pt-BR'), /US\$\s5\.000,00/);
    assert.match(
      text('benefit-revoked', 'fr'),
      /pour violation de propriété intellectuelle : Contoso Note\./,
    );
    assert.match(text('benefit-revoked', 'ja'), /知的財産権の侵害のため/);
    assert.match(text('contact-logged', 'es'), /en una reunión/);
    assert.match(text('contact-logged', 'zh-TW'), /已透過會議就/, 'the channel in words, not its code');
    assert.match(renderMessage('activation-received', payload, 'ja-JP').text, /^ご担当者様\n/);
    assert.match(renderMessage('activation-received', payload, 'ko').text, /Marketplace Rewards 팀 드림\n$/);
  });

  it("names the program's benefits in the recipient's language, as that language lists them", () => {
    const one = { benefitId: 'customer-success-story', benefitName: 'Customer success story' };
    assert.match(renderMessage('benefit-revoked', one, 'de').subject, /Kundenerfolgsgeschichte/);
    assert.match(renderMessage('benefit-revoked', one, 'zh-TW').text, /客戶成功案例/);
    assert.match(renderMessage('benefit-revoked', one, 'en').subject, /^Customer success story was revoked/);
    const two = {
      benefitIds: ['market-research', 'marketing-toolkit'],
      benefitNames: ['Market research and marketing materials', 'Marketing toolkit'],
      benefitName: 'Market research and marketing materials, Marketing toolkit',
    };
    assert.match(
      renderMessage('benefit-unlocked', two, 'de').text,
      /Marktforschung und Marketingmaterialien und Marketing-Toolkit/,
    );
    assert.match(
      renderMessage('benefit-unlocked', two, 'en').text,
      /Market research and marketing materials and Marketing toolkit/,
    );
    // A benefit a later program adds has no translation yet: the program's own text, not an id.
    const added = { benefitId: 'new-benefit', benefitName: 'Partner summit seat' };
    assert.match(renderMessage('benefit-revoked', added, 'ja').subject, /Partner summit seat/);
  });

  it("makes the service's own links clickable, never one a person wrote", () => {
    const revoked = renderMessage(
      'benefit-revoked',
      { benefitId: 'customer-success-story', cause: 'other', note: 'Read https://evil.example/login now' },
      'en',
    );
    assert.ok(revoked.html.includes('https://evil.example/login'), 'the note is there, as text');
    assert.doesNotMatch(revoked.html, /<a [^>]*evil\.example/);
    const resources = renderMessage('self-serve-resources', {}, 'en');
    assert.match(
      resources.html,
      /<a href="https:\/\/learn\.microsoft\.com\/partner-center\/marketplace\/marketplace-rewards">/,
    );
    const invitation = renderMessage(
      'invitation',
      {
        url: 'http://127.0.0.1:3000/accept-invitation#token=abc',
        inviterName: 'Ava',
        publisherName: 'Contoso',
      },
      'en',
    );
    assert.match(invitation.html, /<a href="http:\/\/127\.0\.0\.1:3000\/accept-invitation#token=abc">/);
  });

  it('property: HTML never carries a tag from the payload', () => {
    fc.assert(
      fc.property(fc.string(), (name) => {
        const { html } = renderMessage('benefit-unlocked', { benefitName: `<script>${name}` }, 'en');
        assert.ok(!html.includes('<script>'));
      }),
    );
  });

  it('refuses an unknown kind', () => {
    assert.throws(() => renderMessage('nope', {}, 'en'), /No message template/);
  });
});

describe('mail settings', () => {
  it('validates SMTP_URL, MAIL_FROM and the worker settings with the others', () => {
    const config = loadConfig({ SMTP_URL: 'smtp://u:p@mail.example:587', RUN_WORKERS: 'false' });
    assert.equal(config.smtpUrl, 'smtp://u:p@mail.example:587');
    assert.equal(config.runWorkers, false);
    assert.equal(config.workerConcurrency, 4);
    assert.throws(
      () =>
        loadConfig({
          SMTP_URL: 'http://mail',
          WORKER_CONCURRENCY: '0',
          NOTIFICATION_MAX_ATTEMPTS: 'x',
          MAIL_FROM: 'nobody',
        }),
      (error: Error & { problems: string[] }) => error.problems.length === 4,
    );
  });

  it('parses SMTP_URL: scheme, host and port, every problem at once, never echoing a password', () => {
    for (const url of [
      'smtp://mail.example',
      'smtps://u:p%40ss@mail.example:465',
      'smtp://mail.example:587/',
    ])
      assert.equal(loadConfig({ SMTP_URL: url }).smtpUrl, url);
    const problems = (env: Record<string, string>) => {
      try {
        loadConfig(env);
        return [];
      } catch (error) {
        return (error as Error & { problems: string[] }).problems;
      }
    };
    for (const [url, pattern] of [
      ['smtp://mail.example:99999', /SMTP_URL/],
      ['smtp://mail example', /SMTP_URL/],
      ['smtps://x/path', /SMTP_URL .*path/],
      ['smtp://?', /SMTP_URL .*host/],
      ['smtp://mail.example:0', /SMTP_URL .*port/],
      ['http://mail.example', /SMTP_URL .*smtp:\/\/ or smtps:\/\//],
      ['smtp://mail.example:587?pool=yes&secure=maybe', /SMTP_URL .*pool/],
    ] as const) {
      const found = problems({ SMTP_URL: url });
      assert.ok(
        found.some((p) => pattern.test(p)),
        `${url}: ${found.join('; ')}`,
      );
    }
    // Every problem of the URL and of the other settings in one answer; the password is never shown.
    const all = problems({
      SMTP_URL: 'ftp://u:secret@mail.example:0/x?secure=maybe',
      WORKER_CONCURRENCY: '0',
    });
    assert.equal(all.length, 5, all.join('\n'));
    assert.ok(all.every((p) => !p.includes('secret')));
  });
});
