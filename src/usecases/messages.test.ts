import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { loadConfig } from '../platform/config.ts';
import { MESSAGE_KINDS, messageLanguage, renderMessage } from './messages.ts';

describe('messages', () => {
  it('reads Traditional Chinese for zh-TW, zh-Hant and zh-HK, English for every other tag', () => {
    for (const tag of ['zh-TW', 'zh-tw', 'zh-Hant', 'zh-Hant-TW', 'zh-HK'])
      assert.equal(messageLanguage(tag), 'zh-TW');
    for (const tag of ['en', 'en-GB', 'fr', 'zh-CN', 'zh', 'ja', ''])
      assert.equal(messageLanguage(tag), 'en');
  });

  it('renders every kind in both languages as subject, text and HTML', () => {
    const payload = {
      benefitName: 'Listing optimization',
      offerName: 'Contoso Analytics',
      contactDueAt: '2026-03-09T10:00:00Z',
      welcomeBy: '2026-03-30T10:00:00Z',
      dueAt: '2026-03-09T10:00:00Z',
      liveAt: '2026-03-02T10:00:00Z',
      expiresAt: '2026-09-02T10:00:00Z',
      periodStart: '2027-03-02T10:00:00Z',
      amountUsdCents: 1_500_000,
      remainingUsdCents: 500_000,
      taskSubject: 'Call',
      companyName: 'Contoso',
      about: 'Listing optimization',
      channel: 'phone',
      fromName: 'Marco',
      what: 'Contoso Analytics',
    };
    for (const kind of MESSAGE_KINDS) {
      const en = renderMessage(kind, payload, 'en');
      const zh = renderMessage(kind, payload, 'zh-TW');
      assert.ok(en.subject && !/[\u4e00-\u9fff]/.test(en.subject), kind);
      assert.ok(/[\u4e00-\u9fff]/.test(zh.subject) && /[\u4e00-\u9fff]/.test(zh.text), kind);
      assert.match(en.html, /^<!doctype html><html lang="en">/);
      assert.match(zh.html, /lang="zh-TW"/);
    }
    assert.match(renderMessage('sponsorship-unlocked', payload, 'en').text, /\$15,000\.00/);
    assert.match(renderMessage('activation-received', payload, 'zh-TW').text, /2026年3月9日/);
    assert.match(renderMessage('sponsorship-expiring', payload, 'zh-TW').text, /尚有 US\$5,000\.00 未使用/);
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
