// The person's own account: two-step sign-in (set up with an authenticator app, recovery codes shown once, turned
// off with a code), the password, the browsers they are signed in on, and their data to download. A person who
// must set up two-step sign-in sees only its section and their data.
import { makeStyles, MessageBar, MessageBarBody, Title1 } from '@fluentui/react-components';
import { usePageTitle } from '../hooks.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { useSession } from '../session.tsx';
import { Password } from './account/Password.tsx';
import { Sessions } from './account/Sessions.tsx';
import { TwoStep } from './account/TwoStep.tsx';
import { YourData } from './account/YourData.tsx';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: '16px', maxWidth: '960px' },
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
      <YourData />
    </div>
  );
}
