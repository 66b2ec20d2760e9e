// Support tickets: the list with their clocks, and a form to open one.
import { Badge, Button, makeStyles, Title1 } from '@fluentui/react-components';

import { ClockBadge } from '../components/ClockBadge.tsx';
import { DataTable } from '../components/DataTable.tsx';
import { Empty, Gate, SuccessBar } from '../components/Feedback.tsx';
import { TicketDialog } from '../components/TicketDialog.tsx';
import { combine, invalidate, useApi } from '../queries.ts';
import { useDialog, useNotice, usePageTitle } from '../hooks.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { useSession } from '../session.tsx';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: '16px' },
  top: { display: 'flex', alignItems: 'center', gap: '16px' },
});

export default function TicketsPage() {
  const styles = useStyles();
  const { t, tOr, date } = useI18n();
  const { can, publisher } = useSession();
  const id = publisher!.id;
  const both = combine({
    tickets: useApi('/api/v1/publishers/{publisherId}/support-tickets', {
      params: { path: { publisherId: id } },
    }),
    offers: useApi('/api/v1/publishers/{publisherId}/offers', { params: { path: { publisherId: id } } }),
  });
  const loaded = {
    ...both,
    data: both.data && { tickets: both.data.tickets.items, offers: both.data.offers.items },
  };
  const dialog = useDialog<true>();
  const [notice, setNotice] = useNotice();
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
      {notice && <SuccessBar>{notice}</SuccessBar>}
      <Gate loaded={loaded}>
        {({ tickets }) =>
          tickets.length === 0 ? (
            <Empty>{t('tickets.none')}</Empty>
          ) : (
            <DataTable
              label={t('tickets.title')}
              columns={['col.subject', 'col.offer', 'col.status', 'col.opened', 'col.due', 'col.clock']}
              items={tickets}
              rowKey={(ticket) => ticket.id}
              cells={(ticket) => [
                ticket.subject,
                ticket.offerName ?? '—',
                <Badge appearance="outline">{tOr(`status.${ticket.status}`, ticket.status)}</Badge>,
                date(ticket.openedAt),
                date(ticket.dueAt),
                <ClockBadge clock={ticket.clock} />,
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
            setNotice((i) => i.t('ticket.opened', { date: i.date(ticket.dueAt) }));
            void invalidate(['/api/v1/publishers/{publisherId}/support-tickets'], id);
          }}
        />
      )}
    </div>
  );
}
