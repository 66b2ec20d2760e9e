// The frame of every signed-in page: the publisher's name and MPN ID, navigation, the user and role, the language.
import { Button, makeStyles, Text, tokens, useId } from '@fluentui/react-components';
import { useEffect, useRef, type ReactNode } from 'react';
import { LOCALES, useI18n, type Locale, type MessageKey } from '../i18n/i18n.tsx';
import { navigate } from '../router.tsx';
import { useSession } from '../session.tsx';
import { OptionSelect } from './OptionSelect.tsx';

const useStyles = makeStyles({
  root: {
    display: 'grid',
    gridTemplateColumns: '220px 1fr',
    gridTemplateRows: 'auto 1fr',
    minHeight: '100vh',
  },
  header: {
    gridColumn: '1 / 3',
    display: 'flex',
    alignItems: 'center',
    gap: '16px',
    padding: '8px 24px',
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
    flexWrap: 'wrap',
  },
  brand: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400 },
  publisher: { display: 'flex', flexDirection: 'column', marginLeft: '24px' },
  spacer: { flexGrow: 1 },
  headerControl: { display: 'flex', alignItems: 'center', gap: '8px' },
  headerLabel: { color: tokens.colorNeutralForegroundOnBrand },
  language: { width: '170px' },
  picker: { width: '260px' },
  nav: {
    backgroundColor: tokens.colorNeutralBackground2,
    padding: '16px 8px',
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  navList: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '2px' },
  navLink: {
    display: 'block',
    padding: '8px 12px',
    borderRadius: tokens.borderRadiusMedium,
    color: tokens.colorNeutralForeground1,
    textDecoration: 'none',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  navCurrent: {
    backgroundColor: tokens.colorNeutralBackground1Selected,
    fontWeight: tokens.fontWeightSemibold,
    borderLeft: `3px solid ${tokens.colorBrandStroke1}`,
  },
  main: { padding: '24px 32px', maxWidth: '1100px', minWidth: 0 },
  skip: {
    position: 'absolute',
    left: '-9999px',
    ':focus': {
      left: '8px',
      top: '8px',
      zIndex: 10,
      padding: '8px',
      backgroundColor: tokens.colorNeutralBackground1,
    },
  },
});

interface NavItem {
  path: string;
  label: MessageKey;
  staffOnly?: boolean;
}

export const NAV: NavItem[] = [
  { path: '/console', label: 'nav.console', staffOnly: true },
  { path: '/rewards', label: 'nav.rewards' },
  { path: '/offers', label: 'nav.offers' },
  { path: '/tickets', label: 'nav.tickets' },
  { path: '/billed-sales', label: 'nav.billedSales' },
  { path: '/settings', label: 'nav.settings' },
];

export function Shell({ path, children }: { path: string; children: ReactNode }) {
  const styles = useStyles();
  // After a navigation, focus moves to the new page, so a screen reader reads it (not on the first page shown).
  const shown = useRef(path);
  useEffect(() => {
    if (shown.current === path) return;
    shown.current = path;
    document.getElementById('main')?.focus();
  }, [path]);
  const { t, locale, setLocale } = useI18n();
  const { user, staff, publisher, publishers, choosePublisher, signOut } = useSession();
  const languageId = useId('language');
  const publisherId = useId('publisher');
  const go = (to: string) => (event: React.MouseEvent) => {
    if (event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    navigate(to);
  };
  return (
    <div className={styles.root}>
      <a className={styles.skip} href="#main">
        {t('app.skip')}
      </a>
      <header className={styles.header}>
        <span className={styles.brand}>{t('app.title')}</span>
        {publisher && (
          <div className={styles.publisher}>
            <Text weight="semibold">{publisher.companyName}</Text>
            <Text size={200}>{t('shell.mpnId', { id: publisher.mpnId })}</Text>
          </div>
        )}
        {staff && (
          <div className={styles.headerControl}>
            <label htmlFor={publisherId} className={styles.headerLabel}>
              {t('shell.publisher')}
            </label>
            <OptionSelect
              className={styles.picker}
              id={publisherId}
              value={publisher?.id ?? ''}
              onChange={choosePublisher}
              prompt={t('shell.choosePublisher')}
              options={publishers.map((p) => [p.id, `${p.companyName} (${p.mpnId})`])}
            />
          </div>
        )}
        <span className={styles.spacer} />
        <div className={styles.headerControl}>
          <label htmlFor={languageId} className={styles.headerLabel}>
            {t('shell.language')}
          </label>
          <OptionSelect
            className={styles.language}
            id={languageId}
            value={locale}
            onChange={(l) => setLocale(l)}
            options={(Object.keys(LOCALES) as Locale[]).map((l) => [l, t(`language.${l}`)])}
          />
        </div>
        {user && (
          <div className={styles.publisher}>
            <Text weight="semibold">{user.displayName}</Text>
            <Text size={200}>{t(`role.${user.role}`)}</Text>
          </div>
        )}
        <Button appearance="secondary" onClick={() => void signOut()}>
          {t('shell.signOut')}
        </Button>
      </header>
      <nav className={styles.nav} aria-label={t('nav.label')}>
        <ul className={styles.navList}>
          {NAV.filter((item) => !item.staffOnly || staff).map((item) => (
            <li key={item.path}>
              <a
                href={item.path}
                onClick={go(item.path)}
                aria-current={path === item.path ? 'page' : undefined}
                className={`${styles.navLink} ${path === item.path ? styles.navCurrent : ''}`}
              >
                {t(item.label)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" className={styles.main} tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
