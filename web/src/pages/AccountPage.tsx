// The person's own account: two-step sign-in (set up with an authenticator app, recovery codes shown once, turned
// off with a code), the password, and the browsers they are signed in on. A person who must set up two-step
// sign-in sees only its section.
import {
  Button,
  Card,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Text,
  Title1,
  Title3,
  tokens,
} from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { asApiError, client, ok } from '../api.ts';
import { DataTable } from '../components/DataTable.tsx';
import { ErrorBar, fieldProps, Gate, SuccessBar } from '../components/Feedback.tsx';
import { useNotice, usePageTitle, useSubmission } from '../hooks.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { invalidate, useApi } from '../queries.ts';
import { useSession } from '../session.tsx';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: '16px', maxWidth: '960px' },
  card: { padding: '16px', gap: '12px' },
  form: { display: 'flex', flexDirection: 'column', gap: '12px', maxWidth: '420px' },
  enrol: { display: 'flex', flexWrap: 'wrap', gap: '16px', alignItems: 'flex-start' },
  qr: { width: '180px', height: '180px', border: `1px solid ${tokens.colorNeutralStroke2}` },
  secret: { fontFamily: tokens.fontFamilyMonospace, wordBreak: 'break-all' },
  codes: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(130px, 1fr))',
    gap: '4px 16px',
    fontFamily: tokens.fontFamilyMonospace,
    margin: 0,
    paddingLeft: '20px',
  },
  agent: { overflowWrap: 'anywhere' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: '8px' },
});

export default function AccountPage() {
  const styles = useStyles();
  const { t } = useI18n();
  const { mfaEnrolmentRequired } = useSession();
  usePageTitle(t('account.title'));
  return (
    <div className={styles.page}>
      <Title1 as="h1">{t('account.title')}</Title1>
      {mfaEnrolmentRequired && (
        <MessageBar intent="warning">
          <MessageBarBody>{t('account.mfa.requiredNotice')}</MessageBarBody>
        </MessageBar>
      )}
      <TwoStep />
      {!mfaEnrolmentRequired && (
        <>
          <Password />
          <Sessions />
        </>
      )}
    </div>
  );
}

function TwoStep() {
  const styles = useStyles();
  const i18n = useI18n();
  const { t } = i18n;
  const { refresh } = useSession();
  const account = useApi('/api/v1/account', {});
  const [setup, setSetup] = useState<{ secret: string; qrCode: string } | null>(null);
  const [recovery, setRecovery] = useState<string[] | null>(null);
  const [code, setCode] = useState('');
  const [notice, setNotice] = useNotice();
  const { busy, error, run } = useSubmission();

  const start = () =>
    run(async () => {
      setSetup(await ok(client.POST('/api/v1/account/mfa/enrolment')));
      setCode('');
    });
  const confirm = (event: FormEvent) => {
    event.preventDefault();
    return run(async () => {
      const done = await ok(client.POST('/api/v1/account/mfa/confirmation', { body: { code } }));
      setSetup(null);
      setCode('');
      setRecovery(done.recoveryCodes);
      await invalidate(['/api/v1/account']);
    });
  };
  const finish = async () => {
    setRecovery(null);
    setNotice((i) => i.t('account.mfa.enabled'));
    // The pages closed until now open.
    await refresh();
  };
  const disable = (event: FormEvent) => {
    event.preventDefault();
    return run(async () => {
      await ok(client.POST('/api/v1/account/mfa/removal', { body: { code } }));
      setCode('');
      setNotice((i) => i.t('account.mfa.disabled'));
      await invalidate(['/api/v1/account']);
      await refresh();
    });
  };

  return (
    <Card className={styles.card}>
      <Title3 as="h2">{t('account.mfa.title')}</Title3>
      <Text>{t('account.mfa.intro')}</Text>
      {notice && <SuccessBar>{notice}</SuccessBar>}
      <Gate loaded={account}>
        {({ mfa }) =>
          recovery ? (
            <>
              <Text as="h3" weight="semibold" size={400}>
                {t('account.mfa.recoveryTitle')}
              </Text>
              <Text>{t('account.mfa.recoveryIntro')}</Text>
              <ol className={styles.codes} aria-label={t('account.mfa.recoveryTitle')}>
                {recovery.map((c) => (
                  <li key={c}>{c}</li>
                ))}
              </ol>
              <div>
                <Button appearance="primary" onClick={() => void finish()}>
                  {t('account.mfa.recoveryDone')}
                </Button>
              </div>
            </>
          ) : mfa.enabled ? (
            <>
              <Text weight="semibold">{t('account.mfa.on', { count: mfa.recoveryCodesLeft })}</Text>
              <form className={styles.form} onSubmit={(e) => void disable(e)} noValidate>
                {error && !error.field('code') && <ErrorBar error={error} />}
                <Field
                  label={t('account.mfa.disableCode')}
                  hint={t('account.mfa.disableHint')}
                  {...fieldProps(i18n, error, 'code')}
                >
                  <Input autoComplete="one-time-code" value={code} onChange={(_, d) => setCode(d.value)} />
                </Field>
                <div>
                  <Button type="submit" disabled={busy}>
                    {t('account.mfa.disable')}
                  </Button>
                </div>
              </form>
            </>
          ) : setup ? (
            <div className={styles.enrol}>
              <img className={styles.qr} src={setup.qrCode} alt={t('account.mfa.qrAlt')} />
              <form className={styles.form} onSubmit={(e) => void confirm(e)} noValidate>
                <Text>{t('account.mfa.scan')}</Text>
                <Text>
                  {t('account.mfa.key')}{' '}
                  <code className={styles.secret} data-testid="mfa-secret">
                    {setup.secret}
                  </code>
                </Text>
                {error && !error.field('code') && <ErrorBar error={error} />}
                <Field label={t('account.mfa.code')} required {...fieldProps(i18n, error, 'code')}>
                  <Input
                    autoComplete="one-time-code"
                    inputMode="numeric"
                    value={code}
                    onChange={(_, d) => setCode(d.value)}
                  />
                </Field>
                <div>
                  <Button appearance="primary" type="submit" disabled={busy}>
                    {t('account.mfa.confirm')}
                  </Button>
                </div>
              </form>
            </div>
          ) : (
            <>
              <Text>{t('account.mfa.off')}</Text>
              {error && <ErrorBar error={error} />}
              <div>
                <Button appearance="primary" onClick={() => void start()} disabled={busy}>
                  {t('account.mfa.start')}
                </Button>
              </div>
            </>
          )
        }
      </Gate>
    </Card>
  );
}

function Password() {
  const styles = useStyles();
  const i18n = useI18n();
  const { t } = i18n;
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [notice, setNotice] = useNotice();
  const { busy, error, run } = useSubmission();
  const save = (event: FormEvent) => {
    event.preventDefault();
    return run(async () => {
      const { ended } = await ok(
        client.PUT('/api/v1/account/password', { body: { currentPassword: current, newPassword: next } }),
      );
      setCurrent('');
      setNext('');
      setNotice((i) => i.t('account.password.changed', { count: ended }));
      await invalidate(['/api/v1/account/sessions']);
    });
  };
  const fieldError = error && (error.field('currentPassword') || error.field('newPassword'));
  return (
    <Card className={styles.card}>
      <Title3 as="h2">{t('account.password.title')}</Title3>
      <form className={styles.form} onSubmit={(e) => void save(e)} noValidate>
        {error && !fieldError && <ErrorBar error={error} />}
        {notice && <SuccessBar>{notice}</SuccessBar>}
        <Field label={t('account.password.current')} required {...fieldProps(i18n, error, 'currentPassword')}>
          <Input
            type="password"
            autoComplete="current-password"
            value={current}
            onChange={(_, d) => setCurrent(d.value)}
          />
        </Field>
        <Field
          label={t('account.password.new')}
          hint={t('account.password.newHint')}
          required
          {...fieldProps(i18n, error, 'newPassword')}
        >
          <Input
            type="password"
            autoComplete="new-password"
            value={next}
            onChange={(_, d) => setNext(d.value)}
          />
        </Field>
        <div>
          <Button appearance="primary" type="submit" disabled={busy}>
            {t('account.password.save')}
          </Button>
        </div>
      </form>
    </Card>
  );
}

function Sessions() {
  const styles = useStyles();
  const i18n = useI18n();
  const { t, dateTime } = i18n;
  const sessions = useApi('/api/v1/account/sessions', {});
  const [notice, setNotice] = useNotice();
  const [error, setError] = useState<ReturnType<typeof asApiError>>();
  const act = async (work: () => Promise<number>) => {
    setError(undefined);
    try {
      const ended = await work();
      setNotice((i) => i.t('account.sessions.ended', { count: ended }));
      await invalidate(['/api/v1/account/sessions']);
    } catch (e) {
      setError(asApiError(e));
    }
  };
  const endOne = (id: string) =>
    act(async () => {
      await ok(
        client.DELETE('/api/v1/account/sessions/{sessionId}', { params: { path: { sessionId: id } } }),
      );
      return 1;
    });
  const endOthers = () =>
    act(async () => (await ok(client.POST('/api/v1/account/sessions/others/end'))).ended);
  return (
    <Card className={styles.card}>
      <Title3 as="h2">{t('account.sessions.title')}</Title3>
      {error && <ErrorBar error={error} />}
      {notice && <SuccessBar>{notice}</SuccessBar>}
      <Gate loaded={sessions}>
        {({ items }) => (
          <>
            <DataTable
              label={t('account.sessions.title')}
              columns={[
                'account.sessions.browser',
                'account.sessions.address',
                'account.sessions.signedIn',
                'account.sessions.lastSeen',
                'col.actions',
              ]}
              items={items}
              rowKey={(s) => s.id}
              cells={(s) => [
                <Text className={styles.agent} title={s.userAgent ?? undefined}>
                  {browserName(s.userAgent) ?? t('account.sessions.unknown')}
                </Text>,
                s.ip ?? '',
                dateTime(s.signedInAt),
                dateTime(s.lastSeenAt),
                s.current ? (
                  <Text weight="semibold">{t('account.sessions.current')}</Text>
                ) : (
                  <Button size="small" onClick={() => void endOne(s.id)}>
                    {t('account.sessions.end')}
                  </Button>
                ),
              ]}
            />
            {items.some((s) => !s.current) && (
              <div className={styles.actions}>
                <Button onClick={() => void endOthers()}>{t('account.sessions.endOthers')}</Button>
              </div>
            )}
          </>
        )}
      </Gate>
    </Card>
  );
}

/**
 * A browser as people name it, from its User-Agent ("Chrome 150 · Linux"); null when it says nothing known. The
 * whole string stays in the cell's title.
 */
function browserName(agent: string | null): string | null {
  if (!agent) return null;
  const browser = /(Edg|OPR|Firefox|HeadlessChrome|Chrome|Version)\/(\d+)/.exec(agent);
  const names: Record<string, string> = { Edg: 'Edge', OPR: 'Opera', Version: 'Safari' };
  const system = /(Windows|Android|iPhone|iPad|Mac OS X|CrOS|Linux)/.exec(agent)?.[1];
  const systems: Record<string, string> = { 'Mac OS X': 'macOS', CrOS: 'ChromeOS' };
  const parts = [
    browser && `${names[browser[1]!] ?? browser[1]} ${browser[2]}`,
    system && (systems[system] ?? system),
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(' · ') : agent.slice(0, 60);
}
