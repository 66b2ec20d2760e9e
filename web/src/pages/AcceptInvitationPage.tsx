// The first screen of every invited person (/accept-invitation#token=…, the link in their invitation mail): whose
// invitation it is and to what, in the language the inviter chose; a name and a password; then signed in, home.
import {
  Button,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  Title2,
} from '@fluentui/react-components';
import { useEffect, useState, type FormEvent } from 'react';
import { asApiError, client, ok } from '../api.ts';
import type { InvitationLookup } from '../api/model.ts';
import { SignedOutCard, useSignedOutFormStyles } from '../components/SignedOutCard.tsx';
import { ErrorBar, fieldProps } from '../components/Feedback.tsx';
import { OptionSelect } from '../components/OptionSelect.tsx';
import { usePageTitle, useSubmission } from '../hooks.ts';
import { LOCALES, nearestLocale, useI18n, type Locale } from '../i18n/i18n.tsx';
import { navigate } from '../router.tsx';
import { useSession } from '../session.tsx';

const useStyles = makeStyles({
  email: { overflowWrap: 'anywhere' },
});

/** The token from the link: in the fragment (never sent to a server), or in the query of a hand-made link. */
function tokenFromLocation(): string {
  const fromHash = new URLSearchParams(location.hash.slice(1)).get('token');
  return fromHash ?? new URLSearchParams(location.search).get('token') ?? '';
}

const UNKNOWN: InvitationLookup = { state: 'unknown', invitation: null };

export default function AcceptInvitationPage() {
  const styles = useStyles();
  const form = useSignedOutFormStyles();
  const i18n = useI18n();
  const { t, locale, setLocale, date } = i18n;
  const { adopt } = useSession();
  // Read once, then taken out of the address bar (and so out of the history and of any shared screenshot).
  const [token] = useState(tokenFromLocation);
  // A link without a token is explained at once; any other is asked about.
  const [lookup, setLookup] = useState<InvitationLookup | undefined>(() =>
    token.length < 10 ? UNKNOWN : undefined,
  );
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const { busy, error, run } = useSubmission();
  usePageTitle(t('accept.title'));

  useEffect(() => {
    history.replaceState(null, '', location.pathname);
    if (token.length < 10) return;
    ok(client.POST('/api/v1/invitations/lookup', { body: { token } })).then(
      (found) => {
        setLookup(found);
        if (found.invitation) {
          setName(found.invitation.displayName);
          // The page speaks the language the inviter chose; the switcher below changes it.
          setLocale(nearestLocale(found.invitation.language));
        }
      },
      () => setLookup(UNKNOWN),
    );
    // Once, for the token of the link that opened the page.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [token]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await run(async () => {
      try {
        const session = await ok(
          client.POST('/api/v1/invitations/accept', { body: { token, password, displayName: name } }),
        );
        adopt(session);
        navigate('/');
      } catch (e) {
        // The link stopped working meanwhile: say why, as when the page opened.
        const problem = asApiError(e);
        if (problem.code === 'invitation-invalid') {
          setLookup(await ok(client.POST('/api/v1/invitations/lookup', { body: { token } })));
          return;
        }
        throw e;
      }
    });
  };

  const invitation = lookup?.invitation;
  const role = invitation ? t(`role.${invitation.role}`) : '';
  const from = !invitation
    ? ''
    : invitation.publisherName
      ? invitation.invitedByName
        ? t('accept.from', { inviter: invitation.invitedByName, publisher: invitation.publisherName })
        : t('accept.fromSomeone', { publisher: invitation.publisherName })
      : invitation.invitedByName
        ? t('accept.fromTeam', { inviter: invitation.invitedByName, role })
        : t('accept.fromSomeoneTeam', { role });

  return (
    <SignedOutCard>
      <Title2 as="h1">{t('accept.title')}</Title2>
      {!lookup ? (
        <Spinner size="small" label={t('accept.checking')} />
      ) : lookup.state !== 'open' || !invitation ? (
        <>
          {from && <Text>{from}</Text>}
          <MessageBar intent="warning" role="alert">
            <MessageBarBody>
              {t(`accept.state.${lookup.state === 'open' ? 'unknown' : lookup.state}`)}
            </MessageBarBody>
          </MessageBar>
          <Button appearance="primary" onClick={() => navigate('/')}>
            {t('accept.toSignIn')}
          </Button>
        </>
      ) : (
        <>
          <Text>{from}</Text>
          <Text className={styles.email}>{t('accept.account', { email: invitation.email })}</Text>
          <Text>{t('accept.expires', { date: date(invitation.expiresAt) })}</Text>
          <form className={form.form} onSubmit={(e) => void submit(e)} noValidate>
            {error && !error.field('password') && !error.field('displayName') && <ErrorBar error={error} />}
            <Field label={t('accept.name')} required {...fieldProps(i18n, error, 'displayName')}>
              <Input autoComplete="name" value={name} onChange={(_, d) => setName(d.value)} />
            </Field>
            <Field
              label={t('accept.password')}
              required
              hint={t('accept.passwordHint')}
              {...fieldProps(i18n, error, 'password')}
            >
              <Input
                type="password"
                autoComplete="new-password"
                value={password}
                onChange={(_, d) => setPassword(d.value)}
              />
            </Field>
            <Button appearance="primary" type="submit" disabled={busy}>
              {t('accept.submit')}
            </Button>
          </form>
        </>
      )}
      <Field label={t('shell.language')}>
        <OptionSelect
          value={locale}
          onChange={(l) => setLocale(l)}
          options={(Object.keys(LOCALES) as Locale[]).map((l) => [l, t(`language.${l}`)])}
        />
      </Field>
    </SignedOutCard>
  );
}
