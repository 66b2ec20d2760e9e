// Account settings: the publisher's users (invite with a role, deactivate) and, for program admins, API tokens.
import {
  Badge,
  Button,
  Card,
  Field,
  Input,
  makeStyles,
  Text,
  Title1,
  Title3,
} from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { asApiError, client, ok } from '../api.ts';
import { invalidate, useApi } from '../queries.ts';
import { DataTable } from '../components/DataTable.tsx';
import { Empty, ErrorBar, fieldProps, Gate, SuccessBar } from '../components/Feedback.tsx';
import { useDialog, useNotice, useSubmission, usePageTitle } from '../hooks.ts';
import { ConfirmDialog } from '../components/ConfirmDialog.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { useSession } from '../session.tsx';
import type { User } from '../api/model.ts';
import { OptionSelect } from '../components/OptionSelect.tsx';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: '16px' },
  card: { padding: '16px', gap: '12px' },
  form: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(200px, 100%), 1fr))',
    gap: '12px',
    alignItems: 'end',
  },
  link: { wordBreak: 'break-all', fontFamily: 'monospace' },
});

const ROLES = ['publisher-member', 'publisher-admin', 'publisher-owner'] as const;

export default function SettingsPage() {
  const styles = useStyles();
  const { t } = useI18n();
  const { publisher } = useSession();
  usePageTitle(t('settings.title'), publisher);
  return (
    <div className={styles.page}>
      <Title1 as="h1">{t('settings.title')}</Title1>
      <Users />
    </div>
  );
}

function Users() {
  const styles = useStyles();
  const i18n = useI18n();
  const { t, date } = i18n;
  const { user, can, publisher } = useSession();
  const id = publisher!.id;
  const manage = can('publisher:manage');
  const loaded = useApi('/api/v1/publishers/{publisherId}/users', { params: { path: { publisherId: id } } });
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<(typeof ROLES)[number]>('publisher-member');
  const { busy, error, setError, run } = useSubmission();
  const [invited, setInvited] = useState<{ name: string; url: string; expiresAt: string }>();
  const [notice, setNotice] = useNotice();
  const deactivating = useDialog<User>();
  const message = (field: string) => fieldProps(i18n, error, field);

  const invite = async (event: FormEvent) => {
    event.preventDefault();
    setInvited(undefined);
    await run(async () => {
      const created = await ok(
        client.POST('/api/v1/publishers/{publisherId}/users', {
          params: { path: { publisherId: id } },
          body: { displayName: name, email, role },
        }),
      );
      setInvited({ name: created.displayName, ...created.invitation });
      setName('');
      setEmail('');
      void invalidate(['/api/v1/publishers/{publisherId}/users'], id);
    });
  };
  const deactivate = async (target: User) => {
    deactivating.hide();
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
            <div>
              <Button appearance="primary" type="submit" disabled={busy}>
                {t('users.send')}
              </Button>
            </div>
          </form>
          {error && <ErrorBar error={error} />}
          {invited && (
            <SuccessBar>
              {t('users.invited', { name: invited.name, date: date(invited.expiresAt) })}{' '}
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
                <Badge appearance="outline" color={u.active ? 'success' : 'subtle'}>
                  {u.active ? t('users.active') : t('users.inactive')}
                </Badge>,
                u.active && u.id !== user?.id && (
                  <Button size="small" onClick={() => deactivating.show(u)}>
                    {t('users.deactivate')}
                  </Button>
                ),
              ]}
            />
          )
        }
      </Gate>
      {deactivating.target && (
        <ConfirmDialog
          key={deactivating.generation}
          open={deactivating.open}
          title={t('users.deactivateTitle', { name: deactivating.target.displayName })}
          confirm={t('users.deactivate')}
          onConfirm={() => void deactivate(deactivating.target!)}
          onClose={deactivating.hide}
        >
          {t('users.deactivateBody')}
        </ConfirmDialog>
      )}
    </>
  );
}
