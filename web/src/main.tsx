// The publisher portal: sign-in, then the Marketplace Rewards page and everything around it.
import { FluentProvider, Text, webLightTheme } from '@fluentui/react-components';
import { QueryClientProvider } from '@tanstack/react-query';
import { lazy, StrictMode, Suspense, useEffect, type ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import { ErrorBoundary } from './components/ErrorBoundary.tsx';
import { Loading } from './components/Feedback.tsx';
import { Shell } from './components/Shell.tsx';
import { I18nProvider, useI18n } from './i18n/i18n.tsx';
import { SignInPage } from './pages/SignInPage.tsx';
import { navigate, usePath } from './router.tsx';
import { queryClient } from './queries.ts';
import { SessionProvider, useSession } from './session.tsx';
import './global.css';

const PAGES: Record<string, ComponentType> = {
  '/rewards': lazy(() => import('./pages/RewardsPage.tsx')),
  '/offers': lazy(() => import('./pages/OffersPage.tsx')),
  '/tickets': lazy(() => import('./pages/TicketsPage.tsx')),
  '/conversation': lazy(() => import('./pages/ConversationPage.tsx')),
  '/billed-sales': lazy(() => import('./pages/BilledSalesPage.tsx')),
  '/settings': lazy(() => import('./pages/SettingsPage.tsx')),
};
/** The publisher's home, its users' landing page; staff land on the console. */
const PUBLISHER_HOME: Record<string, ComponentType> = {
  '/': lazy(() => import('./pages/HomePage.tsx')),
};
/** The page an invitation link opens, signed in or not (web/src/pages/AcceptInvitationPage.tsx). */
const ACCEPT_INVITATION = '/accept-invitation';
const AcceptInvitationPage = lazy(() => import('./pages/AcceptInvitationPage.tsx'));
/** The person's own account, whoever they are; the only page of someone who must set up two-step sign-in. */
const ACCOUNT = '/account';
const AccountPage = lazy(() => import('./pages/AccountPage.tsx'));
/** Pages about no one publisher: the rewards team's console. */
const CROSS_PUBLISHER: Record<string, ComponentType> = {
  '/console': lazy(() => import('./pages/ConsolePage.tsx')),
};

function Portal() {
  const path = usePath();
  const { t } = useI18n();
  const { user, staff, ready, publisher, mfaEnrolmentRequired } = useSession();
  const Console = staff ? CROSS_PUBLISHER[path] : undefined;
  const Page = PAGES[path] ?? (staff ? undefined : PUBLISHER_HOME[path]);
  const unknown = ready && user && !Console && !Page && path !== ACCEPT_INVITATION && path !== ACCOUNT;
  // Someone who must set up two-step sign-in first is led to their account page, whatever they opened.
  const enrolFirst = ready && user && mfaEnrolmentRequired && path !== ACCOUNT && path !== ACCEPT_INVITATION;
  useEffect(() => {
    if (enrolFirst) navigate(ACCOUNT);
    else if (unknown) navigate(staff ? '/console' : '/');
  }, [unknown, enrolFirst, staff]);
  if (path === ACCEPT_INVITATION)
    return (
      <Suspense fallback={<Loading />}>
        <AcceptInvitationPage />
      </Suspense>
    );
  if (!ready) return <Loading />;
  if (!user) return <SignInPage />;
  if (path === ACCOUNT)
    return (
      <Shell path={path}>
        <ErrorBoundary key={path} message={t('app.chunkFailed')} reload={t('app.reload')}>
          <Suspense fallback={<Loading />}>
            <AccountPage />
          </Suspense>
        </ErrorBoundary>
      </Shell>
    );
  if (enrolFirst || (!Console && !Page)) return <Loading />;
  return (
    <Shell path={path}>
      <ErrorBoundary key={path} message={t('app.chunkFailed')} reload={t('app.reload')}>
        <Suspense fallback={<Loading />}>
          {Console ? (
            <Console />
          ) : publisher && Page ? (
            <Page key={publisher.id} />
          ) : staff ? (
            <Text as="p">{t('shell.choosePublisher')}</Text>
          ) : (
            <Loading />
          )}
        </Suspense>
      </ErrorBoundary>
    </Shell>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <FluentProvider theme={webLightTheme}>
        <I18nProvider>
          <SessionProvider>
            <Portal />
          </SessionProvider>
        </I18nProvider>
      </FluentProvider>
    </QueryClientProvider>
  </StrictMode>,
);
