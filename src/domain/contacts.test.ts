import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkMarketingContact, supportedLanguage } from './contacts.ts';
import { PROGRAM } from './fixtures.test-helper.ts';

const ACCOUNT = 'accounts@contoso.example';
const check = (over: Partial<{ email: string; phone: string; language: string }>) =>
  checkMarketingContact(
    { email: 'ava.patel@contoso.example', phone: '+1 425 555 0100', language: 'en', ...over },
    ACCOUNT,
    PROGRAM,
  );
const fields = (r: ReturnType<typeof check>) => (r.ok ? [] : r.errors.map((e) => `${e.field}:${e.code}`));

describe('marketing contact rules (S7, L7)', () => {
  it('normalises a valid contact: trimmed email, E.164 phone, program spelling of the language', () => {
    assert.deepEqual(check({ email: '  ava.patel@contoso.example ', language: 'zh-tw' }), {
      ok: true,
      value: { email: 'ava.patel@contoso.example', phoneE164: '+14255550100', language: 'zh-TW' },
    });
  });
  it('refuses the account email, trimmed and in any case (S7.2)', () => {
    assert.deepEqual(fields(check({ email: ' Accounts@CONTOSO.example ' })), ['email:same-as-account-email']);
  });
  it('refuses catch-all aliases, with or without a +tag (L7)', () => {
    assert.deepEqual(fields(check({ email: 'support@contoso.example' })), ['email:catch-all-alias']);
    assert.deepEqual(fields(check({ email: 'Marketing+rewards@contoso.example' })), [
      'email:catch-all-alias',
    ]);
  });
  it('refuses malformed addresses and phones, and says how to write them', () => {
    assert.deepEqual(fields(check({ email: 'not-an-email' })), ['email:invalid-email']);
    assert.deepEqual(fields(check({ phone: '425 555 0100' })), ['phone:phone-not-international']);
    assert.deepEqual(fields(check({ phone: '+1 123' })), ['phone:invalid-phone']);
  });
  it('reports every bad field at once', () => {
    assert.deepEqual(fields(check({ email: ACCOUNT, phone: 'x', language: 'klingon' })), [
      'email:same-as-account-email',
      'phone:phone-not-international',
      'language:unsupported-language',
    ]);
  });
  it('accepts only supported BCP 47 tags', () => {
    assert.equal(supportedLanguage('pt-br', PROGRAM), 'pt-BR');
    assert.equal(supportedLanguage('sv', PROGRAM), null);
    assert.equal(supportedLanguage('not a tag!', PROGRAM), null);
  });
});
