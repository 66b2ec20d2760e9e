// The frame of every signed-in page: the publisher's name and MPN ID, navigation, the user and role, the language.
// Below 768 px (`useNarrow`) the header keeps the menu button, the title and the publisher; the navigation, the
// publisher picker, the language, the user and Sign out move into a drawer the menu button opens.
import {
  Button,
  DrawerBody,
  DrawerHeader,
  DrawerHeaderTitle,
  makeStyles,
  mergeClasses,
  OverlayDrawer,
  Text,
  tokens,
  useRestoreFocusTarget,
} from '@fluentui/react-components';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useNarrow } from '../hooks.ts';
import { useI18n, type MessageKey } from '../i18n/i18n.tsx';
import { navigate } from '../router.tsx';
import { useSession } from '../session.tsx';
import { DrawerControls, HeaderControls } from './ShellControls.tsx';

const useStyles = makeStyles({
  root: {
    display: 'grid',
    gridTemplateColumns: '220px minmax(0, 1fr)',
    gridTemplateRows: 'auto 1fr',
    minHeight: '100vh',
  },
  rootNarrow: { gridTemplateColumns: 'minmax(0, 1fr)' },
  header: {
    gridColumn: '1 / -1',
    display: 'flex',
    alignItems: 'center',
    gap: '16px',
    padding: '8px 24px',
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
    flexWrap: 'wrap',
  },
  headerNarrow: { flexWrap: 'nowrap', gap: '8px', padding: '8px 12px' },
  brand: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400 },
  publisher: { display: 'flex', flexDirection: 'column', marginLeft: '24px' },
  // On a phone the publisher's name takes what the title leaves, cut short rather than wrapped.
  publisherNarrow: { marginLeft: 'auto', minWidth: 0, textAlign: 'end' },
  ellipsis: { whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' },
  menuButton: {
    color: tokens.colorNeutralForegroundOnBrand,
    minWidth: 'auto',
    flexShrink: 0,
    ':hover': {
      color: tokens.colorNeutralForegroundOnBrand,
      backgroundColor: tokens.colorBrandBackgroundHover,
    },
    ':hover:active': {
      color: tokens.colorNeutralForegroundOnBrand,
      backgroundColor: tokens.colorBrandBackgroundPressed,
    },
  },
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
  drawer: { maxWidth: 'calc(100vw - 48px)' },
  drawerBody: { display: 'flex', flexDirection: 'column', gap: '20px', paddingBottom: '24px' },
  main: { padding: '24px 32px', maxWidth: '1100px', minWidth: 0 },
  mainNarrow: { padding: '16px 12px' },
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
  publisherOnly?: boolean;
}

export const NAV: NavItem[] = [
  { path: '/console', label: 'nav.console', staffOnly: true },
  { path: '/', label: 'nav.home', publisherOnly: true },
  { path: '/rewards', label: 'nav.rewards' },
  { path: '/offers', label: 'nav.offers' },
  { path: '/tickets', label: 'nav.tickets' },
  { path: '/billed-sales', label: 'nav.billedSales' },
  { path: '/settings', label: 'nav.settings' },
];

export function Shell({ path, children }: { path: string; children: ReactNode }) {
  const styles = useStyles();
  const narrow = useNarrow();
  const [menuOpen, setMenuOpen] = useState(false);
  // What to do once the drawer has closed: signing out from it unmounts the whole frame, and a drawer unmounted
  // while open leaves the page hidden from assistive technology (its focus manager gives it back when it closes).
  const afterClose = useRef<(() => void) | null>(null);
  // Where focus goes back when the drawer has closed. The drawer gives it back by itself, but not always before
  // signing out has unmounted the button on a slow device, and then the sign-in page stayed hidden from assistive
  // technology: focus is moved here first, which tells the focus manager the drawer is done.
  const menuButton = useRef<HTMLButtonElement>(null);
  // After a navigation, focus moves to the new page, so a screen reader reads it (not on the first page shown).
  const shown = useRef(path);
  useEffect(() => {
    if (shown.current === path) return;
    shown.current = path;
    setMenuOpen(false);
    document.getElementById('main')?.focus();
  }, [path]);
  const { t } = useI18n();
  const { publisher } = useSession();
  const restoreFocus = useRestoreFocusTarget();
  const go = (to: string) => (event: React.MouseEvent) => {
    if (event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    setMenuOpen(false);
    navigate(to);
  };
  const publisherName = publisher && (
    <div className={mergeClasses(styles.publisher, narrow && styles.publisherNarrow)}>
      <Text weight="semibold" className={narrow ? styles.ellipsis : undefined}>
        {publisher.companyName}
      </Text>
      <Text size={200} className={narrow ? styles.ellipsis : undefined}>
        {t('shell.mpnId', { id: publisher.mpnId })}
      </Text>
    </div>
  );
  return (
    <div className={mergeClasses(styles.root, narrow && styles.rootNarrow)}>
      <a className={styles.skip} href="#main">
        {t('app.skip')}
      </a>
      <header className={mergeClasses(styles.header, narrow && styles.headerNarrow)}>
        {narrow && (
          <Button
            {...restoreFocus}
            ref={menuButton}
            appearance="transparent"
            className={styles.menuButton}
            icon={<MenuIcon />}
            aria-label={t('shell.openMenu')}
            aria-expanded={menuOpen}
            onClick={() => setMenuOpen(true)}
          />
        )}
        <span className={styles.brand}>{t('app.title')}</span>
        {publisherName}
        {!narrow && <HeaderControls />}
      </header>
      {narrow ? (
        <OverlayDrawer
          className={styles.drawer}
          open={menuOpen}
          onOpenChange={(_, data) => setMenuOpen(data.open)}
          surfaceMotion={{
            onMotionFinish: (_, { direction }) => {
              if (direction !== 'exit') return;
              const then = afterClose.current;
              afterClose.current = null;
              if (!then) return;
              menuButton.current?.focus();
              then();
            },
          }}
        >
          <DrawerHeader>
            <DrawerHeaderTitle
              action={
                <Button
                  appearance="subtle"
                  aria-label={t('shell.closeMenu')}
                  icon={<CloseIcon />}
                  onClick={() => setMenuOpen(false)}
                />
              }
            >
              {t('app.title')}
            </DrawerHeaderTitle>
          </DrawerHeader>
          <DrawerBody className={styles.drawerBody}>
            <nav aria-label={t('nav.label')}>
              <NavList path={path} go={go} />
            </nav>
            <DrawerControls
              onSignOut={(signOut) => {
                afterClose.current = signOut;
                setMenuOpen(false);
              }}
            />
          </DrawerBody>
        </OverlayDrawer>
      ) : (
        <nav className={styles.nav} aria-label={t('nav.label')}>
          <NavList path={path} go={go} />
        </nav>
      )}
      <main id="main" className={mergeClasses(styles.main, narrow && styles.mainNarrow)} tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}

function NavList({ path, go }: { path: string; go: (to: string) => (event: React.MouseEvent) => void }) {
  const styles = useStyles();
  const { t } = useI18n();
  const { staff, mfaEnrolmentRequired } = useSession();
  return (
    <ul className={styles.navList}>
      {/* Until two-step sign-in is set up, the account page is the only one open. */}
      {NAV.filter(() => !mfaEnrolmentRequired)
        .filter((item) => (item.staffOnly ? staff : item.publisherOnly ? !staff : true))
        .map((item) => (
          <li key={item.path}>
            <a
              href={item.path}
              onClick={go(item.path)}
              aria-current={path === item.path ? 'page' : undefined}
              className={mergeClasses(styles.navLink, path === item.path && styles.navCurrent)}
            >
              {t(item.label)}
            </a>
          </li>
        ))}
    </ul>
  );
}

const MenuIcon = () => (
  <svg width="20" height="20" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
    <path d="M3 5h14M3 10h14M3 15h14" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
  </svg>
);

const CloseIcon = () => (
  <svg width="20" height="20" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
    <path d="M5 5l10 10M15 5L5 15" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
  </svg>
);
