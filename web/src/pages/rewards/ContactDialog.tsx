// Add, update or change a marketing contact (S7): a user of the account, an email other than the company
// account's, a phone number and a preferred language; the API's field errors appear beside their fields.
import { Field, Input, Link as FluentLink, Text } from '@fluentui/react-components';
import { useState } from 'react';
import { ApiError, client, ok } from '../../api.ts';
import { fieldProps } from '../../components/Feedback.tsx';
import { useSubmission } from '../../hooks.ts';
import { FormDialog } from '../../components/FormDialog.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import type { Contact, User } from '../../api/model.ts';
import { OptionSelect } from '../../components/OptionSelect.tsx';

export type ContactDialogMode = { kind: 'add' } | { kind: 'update' | 'change'; contact: Contact };

export function ContactDialog({
  open,
  mode,
  publisherId,
  accountEmail,
  users,
  languages,
  onClose,
  onSaved,
}: {
  open: boolean;
  mode: ContactDialogMode;
  publisherId: string;
  accountEmail: string;
  users: User[];
  languages: string[];
  onClose: () => void;
  onSaved: (contact: Contact) => void;
}) {
  const i18n = useI18n();
  const { t, locale } = i18n;
  const current = mode.kind === 'add' ? undefined : mode.contact;
  const [userId, setUserId] = useState(mode.kind === 'update' ? (current?.user.id ?? '') : '');
  const [email, setEmail] = useState(current?.email ?? '');
  const [phone, setPhone] = useState(current?.phone ?? '');
  const [language, setLanguage] = useState(current?.language ?? (locale === 'zh-TW' ? 'zh-TW' : 'en'));
  const { busy, error, setError, run } = useSubmission();

  const submit = async () => {
    if (!userId) {
      const detail = t('contact.pickUserFirst');
      setError(
        new ApiError(422, 'validation-failed', detail, [
          { pointer: '/body/userId', code: 'pick-user', detail },
        ]),
      );
      return;
    }
    const body = { userId, email, phone, language };
    await run(async () => {
      const saved = current
        ? await ok(
            client.PUT('/api/v1/publishers/{publisherId}/marketing-contacts/{contactId}', {
              params: { path: { publisherId, contactId: current.id } },
              body,
            }),
          )
        : await ok(
            client.POST('/api/v1/publishers/{publisherId}/marketing-contacts', {
              params: { path: { publisherId } },
              body,
            }),
          );
      onSaved(saved);
    });
  };

  const title =
    mode.kind === 'add'
      ? t('contact.dialogAdd')
      : mode.kind === 'update'
        ? t('contact.dialogUpdate')
        : t('contact.dialogChange');
  // Field errors are shown beside their fields; the bar says what is wrong overall.
  const message = (field: string) => fieldProps(i18n, error, field);
  return (
    <FormDialog
      open={open}
      title={title}
      error={error}
      busy={busy}
      submit={t('contact.assign')}
      onSubmit={submit}
      onClose={onClose}
    >
      <Field label={t('contact.user')} required hint={t('contact.userHint')} {...message('userId')}>
        <OptionSelect
          value={userId}
          onChange={setUserId}
          prompt={t('contact.pickUser')}
          options={users.filter((u) => u.active).map((u) => [u.id, `${u.displayName} (${u.email})`])}
        />
      </Field>
      <Text>
        <FluentLink href="/settings" target="_blank" rel="noopener">
          {t('contact.addUserLink')}
        </FluentLink>{' '}
        {t('contact.addUserHint')}
      </Text>
      <Field
        label={t('contact.email')}
        required
        hint={t('contact.emailHint', { email: accountEmail })}
        {...message('email')}
      >
        <Input type="email" value={email} onChange={(_, d) => setEmail(d.value)} />
      </Field>
      <Field label={t('contact.phone')} required hint={t('contact.phoneHint')} {...message('phone')}>
        <Input type="tel" value={phone} onChange={(_, d) => setPhone(d.value)} />
      </Field>
      <Field label={t('contact.language')} required {...message('language')}>
        <OptionSelect
          value={language}
          onChange={setLanguage}
          options={languages.map((l) => [l, i18n.language(l)])}
        />
      </Field>
    </FormDialog>
  );
}
