import { Button, Field, Input, Link, makeStyles, Text, Title2 } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { SignedOutCard, useSignedOutFormStyles } from '../components/SignedOutCard.tsx';
import { ErrorBar } from '../components/Feedback.tsx';
import { ApiError } from '../api.ts';
import { useSubmission, usePageTitle } from '../hooks.ts';
import { LOCALES, useI18n, type Locale } from '../i18n/i18n.tsx';
import { useSession } from '../session.tsx';
import type { DemoUser } from '../api/model.ts';
import { OptionSelect } from '../components/OptionSelect.tsx';
import { useApi } from '../queries.ts';

const useStyles = makeStyles({
  demo: { display: 'flex', flexDirection: 'column', gap: '4px', marginTop: '8px' },
});

export function SignInPage() {
  const styles = useStyles();
  const form = useSignedOutFormStyles();
  const { t, locale, setLocale } = useI18n();
  const { signIn, signInWithCode } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  // The second step, once the password was right and the account has two-step sign-in.
  const [challenge, setChallenge] = useState<string | null>(null);
  const [code, setCode] = useState('');
  const { busy, error, run } = useSubmission();
  // The demo's accounts, offered only when the service runs with --demo (elsewhere the route answers 404).
  const demo: DemoUser[] = useApi('/api/v1/demo/users', {}).data?.items ?? [];
  // Single sign-on is offered only where it is set up (elsewhere its start answers 404).
  const sso = useApi('/api/v1/auth/methods', {}).data?.sso ?? false;
  usePageTitle(t('signIn.title'));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await run(async () => {
      const next = await signIn(email, password);
      if (next) {
        setPassword('');
        setChallenge(next.challenge);
      }
    });
  };
  const submitCode = async (event: FormEvent) => {
    event.preventDefault();
    await run(async () => {
      await signInWithCode(challenge ?? '', code).catch((error: unknown) => {
        // The second step lasts minutes: once it is over, start again from the password.
        if (error instanceof ApiError && error.code === 'mfa-challenge-expired') setChallenge(null);
        throw error;
      });
    });
  };

  if (challenge)
    return (
      <SignedOutCard>
        <Title2 as="h1">{t('signIn.mfaTitle')}</Title2>
        <Text>{t('signIn.mfaIntro')}</Text>
        <form className={form.form} onSubmit={(e) => void submitCode(e)} noValidate>
          {error && <ErrorBar error={error} />}
          <Field label={t('signIn.code')} required>
            <Input
              autoComplete="one-time-code"
              autoFocus
              value={code}
              onChange={(_, d) => setCode(d.value)}
            />
          </Field>
          <Button appearance="primary" type="submit" disabled={busy}>
            {t('signIn.verify')}
          </Button>
        </form>
        <Link
          as="button"
          onClick={() => {
            setChallenge(null);
            setCode('');
          }}
        >
          {t('signIn.back')}
        </Link>
      </SignedOutCard>
    );

  return (
    <SignedOutCard>
      <Title2 as="h1">{t('signIn.title')}</Title2>
      <Text>{t('signIn.intro')}</Text>
      <form className={form.form} onSubmit={(e) => void submit(e)} noValidate>
        {error && <ErrorBar error={error} />}
        <Field label={t('signIn.email')} required>
          <Input type="email" autoComplete="username" value={email} onChange={(_, d) => setEmail(d.value)} />
        </Field>
        <Field label={t('signIn.password')} required>
          <Input
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(_, d) => setPassword(d.value)}
          />
        </Field>
        <Button appearance="primary" type="submit" disabled={busy}>
          {t('signIn.submit')}
        </Button>
      </form>
      {sso && <Link href="/api/v1/auth/oidc/start">{t('signIn.sso')}</Link>}
      <Field label={t('shell.language')}>
        <OptionSelect
          value={locale}
          onChange={(l) => setLocale(l)}
          options={(Object.keys(LOCALES) as Locale[]).map((l) => [l, t(`language.${l}`)])}
        />
      </Field>
      {demo.length > 0 && (
        <section className={styles.demo} aria-label={t('signIn.demo')}>
          <Text weight="semibold">{t('signIn.demo')}</Text>
          {demo.map((u) => (
            <Link
              key={u.email}
              as="button"
              onClick={() => {
                setEmail(u.email);
                setPassword('marketplace-rewards-demo');
              }}
            >
              {u.email} ({u.companyName ?? t(`role.${u.role as 'program-admin'}`)})
            </Link>
          ))}
        </section>
      )}
    </SignedOutCard>
  );
}
