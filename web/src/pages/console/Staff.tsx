// The console's Staff tab (program admins): invite a rewards team member or program admin by email, see who is
// pending, active or deactivated, resend or withdraw a pending invitation, deactivate someone.
import { Button, Card, Field, Input, makeStyles, Text, Title3 } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { asApiError, client, ok } from '../../api.ts';
import type { StaffMember } from '../../api/model.ts';
import { usePersonActions } from '../../components/PersonActions.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { Empty, ErrorBar, fieldProps, Gate, SuccessBar } from '../../components/Feedback.tsx';
import { OptionSelect } from '../../components/OptionSelect.tsx';
import { PersonStatus } from '../../components/PersonStatus.tsx';
import { useNotice, useSubmission } from '../../hooks.ts';
import { LOCALES, useI18n, type Locale } from '../../i18n/i18n.tsx';
import { invalidate, useApi } from '../../queries.ts';
import { useSession } from '../../session.tsx';

const useStyles = makeStyles({
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

const ROLES = ['rewards-team', 'program-admin'] as const;

export function Staff() {
  const styles = useStyles();
  const i18n = useI18n();
  const { t, date, locale } = i18n;
  const { user } = useSession();
  const loaded = useApi('/api/v1/staff', {});
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<(typeof ROLES)[number]>('rewards-team');
  const [language, setLanguage] = useState<Locale>(locale);
  const { busy, error, setError, run } = useSubmission();
  const [invited, setInvited] = useState<{ name: string; email: string; url: string; expiresAt: string }>();
  const [notice, setNotice] = useNotice();
  const message = (field: string) => fieldProps(i18n, error, field);
  const refresh = () => void invalidate(['/api/v1/staff']);

  const invite = async (event: FormEvent) => {
    event.preventDefault();
    setInvited(undefined);
    setNotice(undefined);
    await run(async () => {
      const created = await ok(
        client.POST('/api/v1/staff', { body: { displayName: name, email, role, language } }),
      );
      setInvited({ name: created.displayName, email: created.email, ...created.invitation });
      setName('');
      setEmail('');
      refresh();
    });
  };
  /** A change from the list: its notice on success, its problem above the list otherwise. */
  const act = async (work: () => Promise<string>) => {
    setError(undefined);
    setInvited(undefined);
    try {
      const said = await work();
      setNotice(() => said);
      refresh();
    } catch (e) {
      setError(asApiError(e));
    }
  };
  const resend = (target: StaffMember) =>
    act(async () => {
      const sent = await ok(
        client.POST('/api/v1/staff/{userId}/invitation', {
          params: { path: { userId: target.id } },
          body: {},
        }),
      );
      return t('users.resent', { email: sent.email, date: date(sent.invitation.expiresAt) });
    });
  const revoke = (target: StaffMember) => {
    return act(async () => {
      await ok(
        client.DELETE('/api/v1/staff/{userId}/invitation', { params: { path: { userId: target.id } } }),
      );
      return t('users.revoked', { name: target.displayName });
    });
  };
  const deactivate = (target: StaffMember) => {
    return act(async () => {
      await ok(client.POST('/api/v1/staff/{userId}/deactivate', { params: { path: { userId: target.id } } }));
      return t('users.deactivated', { name: target.displayName });
    });
  };

  const people = usePersonActions<StaffMember>({
    meId: user?.id,
    resend,
    revoke,
    deactivate,
    deactivateBody: 'staff.deactivateBody',
  });
  return (
    <>
      <Card className={styles.card}>
        <Title3 as="h2">{t('staff.invite')}</Title3>
        <form className={styles.form} onSubmit={(e) => void invite(e)} noValidate>
          <Field label={t('users.name')} required {...message('displayName')}>
            <Input value={name} onChange={(_, d) => setName(d.value)} />
          </Field>
          <Field label={t('users.email')} required {...message('email')}>
            <Input type="email" value={email} onChange={(_, d) => setEmail(d.value)} />
          </Field>
          <Field label={t('users.role')} required {...message('role')}>
            <OptionSelect value={role} onChange={setRole} options={ROLES.map((r) => [r, t(`role.${r}`)])} />
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
              {t('staff.send')}
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
      {notice && <SuccessBar>{notice}</SuccessBar>}
      <Gate loaded={loaded}>
        {({ items }) =>
          items.length === 0 ? (
            <Empty>{t('common.none')}</Empty>
          ) : (
            <DataTable
              label={t('staff.tab')}
              columns={['col.user', 'col.role', 'col.state', 'col.actions']}
              items={items}
              rowKey={(u) => u.id}
              cells={(u) => [
                <>
                  <Text weight="semibold">{u.displayName}</Text> <Text>{u.email}</Text>
                </>,
                i18n.tOr(`role.${u.role}`, u.role),
                <PersonStatus person={u} />,
                people.buttons(u),
              ]}
            />
          )
        }
      </Gate>
      {people.dialogs}
    </>
  );
}
