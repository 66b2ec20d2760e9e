// The publisher portal: sign-in, then the Marketplace Rewards page and everything around it.
import { FluentProvider, Text, webLightTheme } from '@fluentui/react-components';
import { lazy, StrictMode, Suspense, type ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import { Loading } from './components/Feedback.tsx';
import { Shell } from './components/Shell.tsx';
import { I18nProvider, useI18n } from './i18n/i18n.tsx';
import { SignInPage } from './pages/SignInPage.tsx';
import { navigate, usePath } from './router.tsx';
import { isStaff, SessionProvider, useSession } from './session.tsx';
import './global.css';

const PAGES: Record<string, ComponentType> = {
  '/rewards': lazy(() => import('./pages/RewardsPage.tsx')),
  '/offers': lazy(() => import('./pages/OffersPage.tsx')),
  '/tickets': lazy(() => import('./pages/TicketsPage.tsx')),
  '/billed-sales': lazy(() => import('./pages/BilledSalesPage.tsx')),
  '/settings': lazy(() => import('./pages/SettingsPage.tsx')),
};
/** Pages about no one publisher: the rewards team's console. */
const CROSS_PUBLISHER: Record<string, ComponentType> = {
  '/console': lazy(() => import('./pages/ConsolePage.tsx')),
};

function Portal() {
  const path = usePath();
  const { t } = useI18n();
  const { user, ready, publisher } = useSession();
  if (!ready) return <Loading />;
  if (!user) return <SignInPage />;
  const Console = isStaff(user) ? CROSS_PUBLISHER[path] : undefined;
  if (Console)
    return (
      <Shell path={path}>
        <Suspense fallback={<Loading />}>
          <Console />
        </Suspense>
      </Shell>
    );
  const Page = PAGES[path];
  if (!Page) {
    queueMicrotask(() => navigate(isStaff(user) ? '/console' : '/rewards'));
    return <Loading />;
  }
  document.title = `${t('app.title')}`;
  return (
    <Shell path={path}>
      <Suspense fallback={<Loading />}>
        {publisher ? (
          <Page key={publisher.id} />
        ) : isStaff(user) ? (
          <Text as="p">{t('shell.choosePublisher')}</Text>
        ) : (
          <Loading />
        )}
      </Suspense>
    </Shell>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <FluentProvider theme={webLightTheme}>
      <I18nProvider>
        <SessionProvider>
          <Portal />
        </SessionProvider>
      </I18nProvider>
    </FluentProvider>
  </StrictMode>,
);
