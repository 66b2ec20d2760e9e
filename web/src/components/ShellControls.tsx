// The header's controls on a wide screen (the staff's publisher picker, the language, the user, Sign out) and the
// same in the drawer on a phone (Shell.tsx decides which).
import { Button, makeStyles, Text, tokens, useId } from '@fluentui/react-components';
import { LOCALES, useI18n, type Locale } from '../i18n/i18n.tsx';
import { useSession } from '../session.tsx';
import { OptionSelect } from './OptionSelect.tsx';
import { PublisherPicker } from './PublisherPicker.tsx';
import { navigate } from '../router.tsx';

const useStyles = makeStyles({
  publisher: { display: 'flex', flexDirection: 'column', marginLeft: '24px' },
  spacer: { flexGrow: 1 },
  headerControl: { display: 'flex', alignItems: 'center', gap: '8px' },
  headerLabel: { color: tokens.colorNeutralForegroundOnBrand },
  language: { width: '170px' },
  picker: { width: '300px' },
  drawerControl: { display: 'flex', flexDirection: 'column', gap: '4px' },
  drawerUser: { display: 'flex', flexDirection: 'column', overflowWrap: 'anywhere' },
  // The person's name opens their account page (password, sessions, two-step sign-in).
  account: {
    color: 'inherit',
    textDecorationLine: 'underline',
    textUnderlineOffset: '3px',
    ':hover': { textDecorationThickness: '2px' },
  },
});

/** The link to the account page: the person's name, with "Your account" for those who read it aloud. */
function AccountLink({ className, name }: { className: string; name: string }) {
  const { t } = useI18n();
  return (
    <a
      href="/account"
      className={className}
      title={t('account.link')}
      aria-label={`${name} – ${t('account.link')}`}
      onClick={(event) => {
        if (event.ctrlKey || event.metaKey || event.shiftKey) return;
        event.preventDefault();
        navigate('/account');
      }}
    >
      <Text weight="semibold">{name}</Text>
    </a>
  );
}

/** The publisher picker (staff) and the language, each labelled. */
function usePickers(pickerClass?: string, languageClass?: string) {
  const { t, locale, setLocale } = useI18n();
  const { staff, publisher, choosePublisher } = useSession();
  const languageId = useId('language');
  const publisherId = useId('publisher');
  return {
    publisherLabel: t('shell.publisher'),
    publisherId,
    publisherPicker: staff && (
      <PublisherPicker
        className={pickerClass}
        id={publisherId}
        value={publisher}
        onChange={choosePublisher}
        placeholder={t('picker.search')}
      />
    ),
    languageLabel: t('shell.language'),
    languageId,
    language: (
      <OptionSelect
        className={languageClass}
        id={languageId}
        value={locale}
        onChange={(l) => setLocale(l)}
        options={(Object.keys(LOCALES) as Locale[]).map((l) => [l, t(`language.${l}`)])}
      />
    ),
  };
}

/** The header's right-hand side on a wide screen, as it always was. */
export function HeaderControls() {
  const styles = useStyles();
  const { t } = useI18n();
  const { user, signOut } = useSession();
  const p = usePickers(styles.picker, styles.language);
  return (
    <>
      {p.publisherPicker && (
        <div className={styles.headerControl}>
          <label htmlFor={p.publisherId} className={styles.headerLabel}>
            {p.publisherLabel}
          </label>
          {p.publisherPicker}
        </div>
      )}
      <span className={styles.spacer} />
      <div className={styles.headerControl}>
        <label htmlFor={p.languageId} className={styles.headerLabel}>
          {p.languageLabel}
        </label>
        {p.language}
      </div>
      {user && (
        <div className={styles.publisher}>
          <AccountLink className={styles.account} name={user.displayName} />
          <Text size={200}>{t(`role.${user.role}`)}</Text>
        </div>
      )}
      <Button appearance="secondary" onClick={() => void signOut()}>
        {t('shell.signOut')}
      </Button>
    </>
  );
}

/** The same controls in the phone's drawer, one per row, labels above; Sign out closes the drawer first. */
export function DrawerControls({ onSignOut }: { onSignOut: (signOut: () => void) => void }) {
  const styles = useStyles();
  const { t } = useI18n();
  const { user, signOut } = useSession();
  const p = usePickers();
  return (
    <>
      {p.publisherPicker && (
        <div className={styles.drawerControl}>
          <label htmlFor={p.publisherId}>{p.publisherLabel}</label>
          {p.publisherPicker}
        </div>
      )}
      <div className={styles.drawerControl}>
        <label htmlFor={p.languageId}>{p.languageLabel}</label>
        {p.language}
      </div>
      {user && (
        <div className={styles.drawerUser}>
          <AccountLink className={styles.account} name={user.displayName} />
          <Text size={200}>{user.email}</Text>
          <Text size={200}>{t(`role.${user.role}`)}</Text>
        </div>
      )}
      <div>
        <Button appearance="secondary" onClick={() => onSignOut(() => void signOut())}>
          {t('shell.signOut')}
        </Button>
      </div>
    </>
  );
}
