// Conversations: every support ticket, technical request and dispute with whose turn it is, each opening into its
// thread; and a form to open a ticket.
import { Badge, Button, makeStyles, Text, Title1 } from '@fluentui/react-components';

import { ClockBadge } from '../components/ClockBadge.tsx';
import { DataTable } from '../components/DataTable.tsx';
import { Empty, Gate } from '../components/Feedback.tsx';
import { TicketDialog } from '../components/TicketDialog.tsx';
import { threadTitle } from '../components/Thread.tsx';
import { Link, navigate } from '../router.tsx';
import { combine, invalidate, useApi } from '../queries.ts';
import { useDialog, usePageTitle } from '../hooks.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { useSession } from '../session.tsx';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: '16px' },
  top: { display: 'flex', alignItems: 'center', gap: '16px' },
});

export default function TicketsPage() {
  const styles = useStyles();
  const i18n = useI18n();
  const { t, date } = i18n;
  const { can, publisher } = useSession();
  const id = publisher!.id;
  const both = combine({
    conversations: useApi('/api/v1/publishers/{publisherId}/conversations', {
      params: { path: { publisherId: id } },
    }),
    offers: useApi('/api/v1/publishers/{publisherId}/offers', { params: { path: { publisherId: id } } }),
  });
  const loaded = {
    ...both,
    data: both.data && { conversations: both.data.conversations.items, offers: both.data.offers.items },
  };
  const dialog = useDialog<true>();
  usePageTitle(t('tickets.title'), publisher);

  return (
    <div className={styles.page}>
      <div className={styles.top}>
        <Title1 as="h1">{t('tickets.title')}</Title1>
        {can('publisher:request') && (
          <Button appearance="primary" onClick={() => dialog.show(true)} disabled={!loaded.data}>
            {t('tickets.new')}
          </Button>
        )}
      </div>
      <Text>{t('conversations.intro')}</Text>
      <Gate loaded={loaded}>
        {({ conversations }) =>
          conversations.length === 0 ? (
            <Empty>{t('tickets.none')}</Empty>
          ) : (
            <DataTable
              label={t('tickets.title')}
              columns={['col.subject', 'col.kind', 'col.status', 'col.lastActivity', 'col.clock']}
              items={conversations}
              rowKey={(c) => c.id}
              cells={(c) => [
                <Link to={`/conversation?id=${c.id}`}>{threadTitle(i18n, c)}</Link>,
                t(`thread.kind.${c.kind}`),
                <Badge appearance="outline">{t(`thread.status.${c.status}`)}</Badge>,
                date(c.lastAt),
                c.status === 'waiting-on-team' ? <ClockBadge clock={c.clock} /> : '—',
              ]}
            />
          )
        }
      </Gate>
      {dialog.target && loaded.data && (
        <TicketDialog
          key={dialog.generation}
          open={dialog.open}
          publisherId={id}
          offers={loaded.data.offers}
          initial={{ offerId: '', subject: '', description: '' }}
          onClose={dialog.hide}
          onOpened={(ticket) => {
            dialog.hide();
            void invalidate(['/api/v1/publishers/{publisherId}/conversations'], id);
            navigate(`/conversation?id=${ticket.id}`);
          }}
        />
      )}
    </div>
  );
}
