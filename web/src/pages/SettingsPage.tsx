// Account settings: the publisher's users (invite with a role and a language, resend or withdraw a pending
// invitation, deactivate), and its webhook subscriptions for owners and admins.
import {
  Button,
  Card,
  Field,
  Input,
  makeStyles,
  Switch,
  Text,
  Title1,
  Title3,
} from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { asApiError, client, ok } from '../api.ts';
import { invalidate, useApi } from '../queries.ts';
import { DataTable } from '../components/DataTable.tsx';
import { Empty, ErrorBar, fieldProps, Gate, SuccessBar } from '../components/Feedback.tsx';
import { useNotice, useSubmission, usePageTitle } from '../hooks.ts';
import { usePersonActions } from '../components/PersonActions.tsx';
import { LOCALES, useI18n, type Locale } from '../i18n/i18n.tsx';
import { PersonStatus } from '../components/PersonStatus.tsx';
import { useSession } from '../session.tsx';
import type { User } from '../api/model.ts';
import { OptionSelect } from '../components/OptionSelect.tsx';
import { Webhooks } from './settings/webhooks/Webhooks.tsx';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: '16px' },
  card: { padding: '16px', gap: '12px' },
  form: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(200px, 100%), 1fr))',
    gap: '12px',
    alignItems: 'end',
  },
  // A picker is as wide as its longest choice (a language's name): without this it spills over the next field.
  picker: { minWidth: 0 },
  link: { wordBreak: 'break-all', fontFamily: 'monospace' },
});

const ROLES = ['publisher-member', 'publisher-admin', 'publisher-owner'] as const;

export default function SettingsPage() {
  const styles = useStyles();
  const { t } = useI18n();
  const { publisher, can } = useSession();
  usePageTitle(t('settings.title'), publisher);
  return (
    <div className={styles.page}>
      <Title1 as="h1">{t('settings.title')}</Title1>
      <MfaRequirement />
      <Users />
      {/* Owners and admins only: members neither see the secrets nor manage them. */}
      {publisher && can('webhooks:manage') && <Webhooks scope={{ publisherId: publisher.id }} />}
    </div>
  );
}

function Users() {
  const styles = useStyles();
  const i18n = useI18n();
  const { t, date, locale } = i18n;
  const { user, can, publisher } = useSession();
  const id = publisher!.id;
  const manage = can('publisher:manage');
  const loaded = useApi('/api/v1/publishers/{publisherId}/users', { params: { path: { publisherId: id } } });
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<(typeof ROLES)[number]>('publisher-member');
  // The invitation is written in the inviter's language unless they choose the invitee's.
  const [language, setLanguage] = useState<Locale>(locale);
  const { busy, error, setError, run } = useSubmission();
  const [invited, setInvited] = useState<{ name: string; email: string; url: string; expiresAt: string }>();
  const [notice, setNotice] = useNotice();
  const message = (field: string) => fieldProps(i18n, error, field);

  const invite = async (event: FormEvent) => {
    event.preventDefault();
    setInvited(undefined);
    await run(async () => {
      const created = await ok(
        client.POST('/api/v1/publishers/{publisherId}/users', {
          params: { path: { publisherId: id } },
          body: { displayName: name, email, role, language },
        }),
      );
      setInvited({ name: created.displayName, email: created.email, ...created.invitation });
      setName('');
      setEmail('');
      void invalidate(['/api/v1/publishers/{publisherId}/users'], id);
    });
  };
  const resend = async (target: User) => {
    setError(undefined);
    setInvited(undefined);
    try {
      const sent = await ok(
        client.POST('/api/v1/publishers/{publisherId}/users/{userId}/invitation', {
          params: { path: { publisherId: id, userId: target.id } },
          body: {},
        }),
      );
      setNotice((i) => i.t('users.resent', { email: sent.email, date: i.date(sent.invitation.expiresAt) }));
      void invalidate(['/api/v1/publishers/{publisherId}/users'], id);
    } catch (e) {
      setError(asApiError(e));
    }
  };
  const revoke = async (target: User) => {
    setError(undefined);
    try {
      await ok(
        client.DELETE('/api/v1/publishers/{publisherId}/users/{userId}/invitation', {
          params: { path: { publisherId: id, userId: target.id } },
        }),
      );
      setNotice((i) => i.t('users.revoked', { name: target.displayName }));
      void invalidate(['/api/v1/publishers/{publisherId}/users'], id);
    } catch (e) {
      setError(asApiError(e));
    }
  };
  const deactivate = async (target: User) => {
    setError(undefined);
    try {
      await ok(
        client.POST('/api/v1/publishers/{publisherId}/users/{userId}/deactivate', {
          params: { path: { publisherId: id, userId: target.id } },
        }),
      );
      setNotice((i) => i.t('users.deactivated', { name: target.displayName }));
      void invalidate(['/api/v1/publishers/{publisherId}/users'], id);
    } catch (e) {
      setError(asApiError(e));
    }
  };
  const people = usePersonActions<User>({
    meId: user?.id,
    resend,
    revoke,
    deactivate,
    deactivateBody: 'users.deactivateBody',
  });

  return (
    <>
      {manage ? (
        <Card className={styles.card}>
          <Title3 as="h2">{t('users.invite')}</Title3>
          <form className={styles.form} onSubmit={(e) => void invite(e)} noValidate>
            <Field label={t('users.name')} required {...message('displayName')}>
              <Input value={name} onChange={(_, d) => setName(d.value)} />
            </Field>
            <Field label={t('users.email')} required {...message('email')}>
              <Input type="email" value={email} onChange={(_, d) => setEmail(d.value)} />
            </Field>
            <Field label={t('users.role')} required {...message('role')}>
              <OptionSelect
                value={role}
                onChange={setRole}
                options={ROLES.filter((r) => r !== 'publisher-owner' || user?.role !== 'publisher-admin').map(
                  (r) => [r, t(`role.${r}`)],
                )}
              />
            </Field>
            <Field label={t('users.language')} {...message('language')}>
              <OptionSelect
                className={styles.picker}
                value={language}
                onChange={setLanguage}
                options={(Object.keys(LOCALES) as Locale[]).map((l) => [l, t(`language.${l}`)])}
              />
            </Field>
            <div>
              <Button appearance="primary" type="submit" disabled={busy}>
                {t('users.send')}
              </Button>
            </div>
          </form>
          {error && <ErrorBar error={error} />}
          {invited && (
            <SuccessBar>
              {t('users.mailed', { name: invited.name, email: invited.email, date: date(invited.expiresAt) })}{' '}
              <span className={styles.link}>{invited.url}</span>
            </SuccessBar>
          )}
        </Card>
      ) : (
        <Text>{t('users.readOnly')}</Text>
      )}
      {notice && <SuccessBar>{notice}</SuccessBar>}
      <Gate loaded={loaded}>
        {({ items }) =>
          items.length === 0 ? (
            <Empty>{t('common.none')}</Empty>
          ) : (
            <DataTable
              label={t('settings.users')}
              columns={['col.user', 'col.role', 'col.state', manage && 'col.actions']}
              items={items}
              rowKey={(u) => u.id}
              cells={(u) => [
                <>
                  <Text weight="semibold">{u.displayName}</Text> <Text>{u.email}</Text>
                </>,
                i18n.tOr(`role.${u.role}`, u.role),
                <PersonStatus person={u} />,
                manage && people.buttons(u),
              ]}
            />
          )
        }
      </Gate>
      {people.dialogs}
    </>
  );
}

/** An owner's choice: every user of the publisher must set up two-step sign-in. */
function MfaRequirement() {
  const styles = useStyles();
  const { t } = useI18n();
  const { can, publisher } = useSession();
  const id = publisher!.id;
  const loaded = useApi('/api/v1/publishers/{publisherId}/mfa-requirement', {
    params: { path: { publisherId: id } },
  });
  const { busy, error, run } = useSubmission();
  const [notice, setNotice] = useNotice();
  if (!can('publisher:security')) return null;
  const set = (required: boolean) =>
    run(async () => {
      await ok(
        client.PUT('/api/v1/publishers/{publisherId}/mfa-requirement', {
          params: { path: { publisherId: id } },
          body: { required },
        }),
      );
      setNotice((i) => i.t('settings.mfa.saved'));
      await invalidate(['/api/v1/publishers/{publisherId}/mfa-requirement'], id);
    });
  return (
    <Card className={styles.card}>
      <Title3 as="h2">{t('settings.mfa.title')}</Title3>
      <Gate loaded={loaded}>
        {({ required }) => (
          <Switch
            checked={required}
            disabled={busy}
            label={t('settings.mfa.require')}
            onChange={(_, d) => void set(d.checked)}
          />
        )}
      </Gate>
      <Text size={200}>{t('settings.mfa.hint')}</Text>
      {error && <ErrorBar error={error} />}
      {notice && <SuccessBar>{notice}</SuccessBar>}
    </Card>
  );
}
