// The publisher's offers: marketplace, listing type, status, live since and the welcome contact (S3); past the
// welcome window, who owns the offer and a support ticket one click away (S11). A change the publisher asked for to
// an offer's listing, co-sell readiness or markets waits for the rewards team, and its outcome is shown here.
import { Badge, Button, makeStyles, Text, Title1, tokens } from '@fluentui/react-components';

import { DataTable } from '../components/DataTable.tsx';
import { Empty, Gate, SuccessBar } from '../components/Feedback.tsx';
import { TicketDialog } from '../components/TicketDialog.tsx';
import { changeInWords } from '../components/offerFacts.ts';
import { useDialog, useNotice, usePageTitle } from '../hooks.ts';
import { useApi } from '../queries.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { useSession } from '../session.tsx';
import type { Offer } from '../api/model.ts';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: '16px' },
  welcome: {
    display: 'flex',
    flexDirection: 'column',
    gap: '4px',
    alignItems: 'flex-start',
    padding: '4px 0',
  },
  good: { color: tokens.colorPaletteGreenForeground1 },
  waiting: { color: tokens.colorNeutralForeground2 },
  bad: { color: tokens.colorPaletteRedForeground1 },
});

export default function OffersPage() {
  const styles = useStyles();
  const i18n = useI18n();
  const { t, tOr, date } = i18n;
  const { can, publisher } = useSession();
  const id = publisher!.id;
  const loaded = useApi('/api/v1/publishers/{publisherId}/offers', { params: { path: { publisherId: id } } });
  const ticket = useDialog<Offer>();
  const [notice, setNotice] = useNotice();
  usePageTitle(t('offers.title'), publisher);

  return (
    <div className={styles.page}>
      <Title1 as="h1">{t('offers.title')}</Title1>
      {notice && <SuccessBar>{notice}</SuccessBar>}
      <Gate loaded={loaded}>
        {({ items }) =>
          items.length === 0 ? (
            <Empty>{t('offers.none')}</Empty>
          ) : (
            <DataTable
              label={t('offers.title')}
              columns={[
                'col.offer',
                'col.marketplace',
                'col.listingType',
                'col.status',
                'col.liveSince',
                { label: 'col.welcome', width: '30%' },
              ]}
              items={items}
              rowKey={(offer) => offer.id}
              rowProps={(offer) => ({ 'data-testid': `offer-${offer.id}` })}
              cells={(offer) => [
                <div className={styles.welcome}>
                  <Text weight="semibold">
                    {offer.name}
                    {offer.private && <Text> ({t('offers.private')})</Text>}
                  </Text>
                  <ChangeRequest offer={offer} />
                </div>,
                tOr(`marketplace.${offer.marketplace}`, offer.marketplace),
                tOr(`listingType.${offer.listingType}`, offer.listingType),
                <Badge appearance="outline" color={offer.status === 'live' ? 'success' : 'informative'}>
                  {t(`offerStatus.${offer.status}`)}
                </Badge>,
                offer.liveAt ? date(offer.liveAt) : '—',
                <Welcome
                  offer={offer}
                  canOpenTicket={can('publisher:request')}
                  onOpenTicket={() => ticket.show(offer)}
                />,
              ]}
            />
          )
        }
      </Gate>
      {ticket.target && loaded.data && (
        <TicketDialog
          key={ticket.generation}
          open={ticket.open}
          publisherId={id}
          offers={loaded.data.items}
          initial={{
            offerId: ticket.target.id,
            subject: t('ticket.silentSubject', { offer: ticket.target.name }),
            description: t('ticket.silentDescription', {
              offer: ticket.target.name,
              date: ticket.target.liveAt ? date(ticket.target.liveAt) : '—',
            }),
          }}
          onClose={ticket.hide}
          onOpened={(opened) => {
            ticket.hide();
            setNotice((i) => i.t('ticket.opened', { date: i.date(opened.dueAt) }));
          }}
        />
      )}
    </div>
  );
}

/** What the publisher asked to change and whether the rewards team (or the marketplace) confirmed it. */
function ChangeRequest({ offer }: { offer: Offer }) {
  const styles = useStyles();
  const i18n = useI18n();
  const { t, date } = i18n;
  const change = offer.changeRequest;
  if (!change)
    return offer.factsConfirmed ? null : <Text className={styles.waiting}>{t('offers.unconfirmed')}</Text>;
  const changes = changeInWords(i18n, change.requested);
  if (change.status === 'pending')
    return (
      <>
        <Badge appearance="tint" color="warning">
          {t('offers.waitingBadge')}
        </Badge>
        <Text className={styles.waiting}>{t('offers.changePending', { changes })}</Text>
      </>
    );
  const decided = change.decidedAt ? date(change.decidedAt) : '—';
  const by = change.decidedVia === 'feed' ? t('offers.byFeed') : t('offers.byTeam');
  return (
    <>
      <Text className={change.status === 'confirmed' ? styles.good : styles.bad}>
        {t(change.status === 'confirmed' ? 'offers.changeConfirmed' : 'offers.changeDeclined', {
          date: decided,
          by,
          changes,
        })}
      </Text>
      {change.note && <Text>{change.note}</Text>}
    </>
  );
}

function Welcome({
  offer,
  canOpenTicket,
  onOpenTicket,
}: {
  offer: Offer;
  canOpenTicket: boolean;
  onOpenTicket: () => void;
}) {
  const styles = useStyles();
  const { t, date } = useI18n();
  const welcome = offer.welcome;
  if (!welcome) return <>—</>;
  if (welcome.state === 'contacted')
    return (
      <Text className={styles.good}>{t('welcome.contacted', { date: date(welcome.contactedAt!) })}</Text>
    );
  if (welcome.state === 'waiting')
    return <Text>{t('welcome.waiting', { date: date(welcome.windowEndsAt) })}</Text>;
  return (
    <div className={styles.welcome}>
      <Text weight="semibold" className={styles.bad}>
        {t('welcome.overdue', { date: date(welcome.windowEndsAt) })}
      </Text>
      <Text>
        {welcome.owner
          ? t('welcome.owner', { name: welcome.owner.displayName, email: welcome.owner.email })
          : t('welcome.noOwner')}
      </Text>
      {welcome.supportTicket && canOpenTicket && (
        <Button size="small" appearance="primary" onClick={onOpenTicket}>
          {t('welcome.openTicket')}
        </Button>
      )}
    </div>
  );
}
