// The rewards team's console: the queue, one publisher's view, the outbox and the dashboards.
import { makeStyles, Tab, TabList, Text, Title1 } from '@fluentui/react-components';
import { useEffect, useMemo, useRef } from 'react';
import { usePageTitle } from '../hooks.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { useSession } from '../session.tsx';
import { useApi } from '../queries.ts';
import { navigate, useSearchParam } from '../router.tsx';
import { Dashboards } from './console/Dashboards.tsx';
import { ApiTokens } from './settings/ApiTokens.tsx';
import { Outbox } from './console/Outbox.tsx';
import { PublisherView } from './console/PublisherView.tsx';
import { Queue } from './console/Queue.tsx';
import { Programs } from './console/Programs.tsx';
import { ProgramDrafts } from './console/drafts/ProgramDrafts.tsx';
import { Publishers } from './console/Publishers.tsx';
import { AuditTrail } from './console/AuditTrail.tsx';
import { FeedHistory } from './console/FeedHistory.tsx';
import { CurrencyRates } from './console/CurrencyRates.tsx';
import { Staff } from './console/Staff.tsx';
import { People } from './console/People.tsx';
import { Webhooks } from './settings/webhooks/Webhooks.tsx';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: '16px' },
  // On a phone the tabs take two rows rather than widen the page.
  tabs: { flexWrap: 'wrap' },
});
const TABS = [
  'queue',
  'publisher',
  'outbox',
  'dashboards',
  'publishers',
  'programs',
  'audit',
  'tokens',
  'feed',
  'rates',
  'staff',
  'webhooks',
  'people',
] as const;
type ConsoleTab = (typeof TABS)[number];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Another tab: a new history entry with no filters of the tab before, the chosen publisher kept. */
function openTab(tab: ConsoleTab): void {
  const publisher = new URLSearchParams(location.search).get('publisher');
  navigate(`/console?${new URLSearchParams({ tab, ...(publisher && { publisher }) })}`);
}

/**
 * The chosen publisher and the address's `publisher` agree: a link or Back that names one chooses it; choosing
 * one in the header writes it (a new history entry, the first time in place).
 */
function usePublisherInAddress(): void {
  const { publisher, choosePublisher } = useSession();
  const [publisherParam, setInAddress] = useSearchParam('publisher');
  const inAddress = publisherParam ?? '';
  const chosen = publisher?.id ?? '';
  const last = useRef<{ inAddress: string; chosen: string } | null>(null);
  useEffect(() => {
    const before = last.current;
    // The last publisher known: none while the next one loads.
    last.current = { inAddress, chosen: chosen || (before?.chosen ?? '') };
    if (inAddress !== (before?.inAddress ?? '') && inAddress !== chosen && UUID.test(inAddress))
      choosePublisher(inAddress);
    else if (chosen && chosen !== (before?.chosen ?? '') && chosen !== inAddress)
      setInAddress(chosen, { replace: !before?.chosen });
  }, [inAddress, chosen, choosePublisher, setInAddress]);
}

export default function ConsolePage() {
  const styles = useStyles();
  const { t } = useI18n();
  const { user, publisher, choosePublisher, can } = useSession();
  const tabInAddress = useSearchParam('tab')[0] ?? '';
  const tab: ConsoleTab = (TABS as readonly string[]).includes(tabInAddress)
    ? (tabInAddress as ConsoleTab)
    : 'queue';
  usePublisherInAddress();
  // Whom work can be assigned to.
  const everyone = useApi('/api/v1/staff', {}).data?.items;
  const staff = useMemo(() => (everyone ?? []).filter((s) => s.active), [everyone]);
  usePageTitle(t('console.title'));
  const meId = user!.id;
  return (
    <div className={styles.page}>
      <Title1 as="h1">{t('console.title')}</Title1>
      <TabList
        className={styles.tabs}
        selectedValue={tab}
        onTabSelect={(_, d) => openTab(d.value as ConsoleTab)}
        aria-label={t('console.tabs')}
      >
        <Tab value="queue">{t('console.tab.queue')}</Tab>
        <Tab value="publisher">{t('console.tab.publisher')}</Tab>
        <Tab value="outbox">{t('console.tab.outbox')}</Tab>
        <Tab value="dashboards">{t('console.tab.dashboards')}</Tab>
        {can('feed:read') && <Tab value="feed">{t('console.tab.feed')}</Tab>}
        <Tab value="rates">{t('console.tab.rates')}</Tab>
        {user!.role === 'program-admin' && <Tab value="publishers">{t('register.tab')}</Tab>}
        {user!.role === 'program-admin' && <Tab value="programs">{t('programs.title')}</Tab>}
        {user!.role === 'program-admin' && <Tab value="audit">{t('audit.title')}</Tab>}
        {user!.role === 'program-admin' && <Tab value="tokens">{t('settings.tokens')}</Tab>}
        {user!.role === 'program-admin' && <Tab value="staff">{t('staff.tab')}</Tab>}
        {user!.role === 'program-admin' && <Tab value="webhooks">{t('console.tab.webhooks')}</Tab>}
        {user!.role === 'program-admin' && <Tab value="people">{t('people.tab')}</Tab>}
      </TabList>
      <div
        role="tabpanel"
        aria-label={
          tab === 'staff'
            ? t('staff.tab')
            : tab === 'people'
              ? t('people.tab')
              : tab === 'tokens'
                ? t('settings.tokens')
                : tab === 'programs'
                  ? t('programs.title')
                  : tab === 'publishers'
                    ? t('register.tab')
                    : tab === 'audit'
                      ? t('audit.title')
                      : t(`console.tab.${tab}`)
        }
        className={styles.page}
      >
        {tab === 'queue' && (
          <Queue
            meId={meId}
            staff={staff}
            onOpenPublisher={(id) => {
              choosePublisher(id);
              openTab('publisher');
            }}
          />
        )}
        {tab === 'publisher' &&
          (publisher ? (
            <PublisherView key={publisher.id} publisher={publisher} meId={meId} staff={staff} />
          ) : (
            <Text>{t('console.pickPublisher')}</Text>
          ))}
        {tab === 'outbox' && <Outbox />}
        {tab === 'dashboards' && <Dashboards />}
        {tab === 'tokens' && <ApiTokens />}
        {tab === 'programs' && <Programs />}
        {tab === 'programs' && <ProgramDrafts />}
        {tab === 'publishers' && <Publishers />}
        {tab === 'audit' && <AuditTrail />}
        {tab === 'feed' && <FeedHistory />}
        {tab === 'rates' && <CurrencyRates />}
        {tab === 'staff' && <Staff />}
        {tab === 'webhooks' && <Webhooks scope={null} {...(publisher && { publisher })} />}
        {tab === 'people' && <People />}
      </div>
    </div>
  );
}
