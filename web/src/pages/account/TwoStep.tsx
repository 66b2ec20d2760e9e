// Two-step sign-in: set up with an authenticator app (recovery codes shown once), or turned off with a code.
import { Button, Card, Field, Input, Text, Title3 } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { client, ok } from '../../api.ts';
import { ErrorBar, fieldProps, Gate, SuccessBar } from '../../components/Feedback.tsx';
import { useNotice, useSubmission } from '../../hooks.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { invalidate, useApi } from '../../queries.ts';
import { useSession } from '../../session.tsx';
import { useAccountStyles as useStyles } from './styles.ts';

export function TwoStep() {
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
