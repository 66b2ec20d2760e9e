// The publisher's home: the one next step (a marketing contact, a benefit to activate, a transact offer, or what the
// next tier unlocks and the amount missing), the tier and the way to the next with its forecast, the tier ladder,
// and the clocks the publisher waits on. A member reads the same page, with whom to ask where it cannot act.
import { Card, makeStyles, Text, Title1, Title3 } from '@fluentui/react-components';
import { Gate, SuccessBar } from '../components/Feedback.tsx';
import { useDialog, useNotice, useNow, usePageTitle } from '../hooks.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { invalidate } from '../queries.ts';
import { Link } from '../router.tsx';
import { useSession } from '../session.tsx';
import { ContactDialog, type ContactDialogMode } from './rewards/ContactDialog.tsx';
import { hasLiveTransact, usePublisherData } from './rewards/data.ts';
import { dollars, TierProgress } from './rewards/TierProgress.tsx';
import { NextStepCard } from './home/NextStepCard.tsx';
import { nextStep } from './home/nextStep.ts';
import { TierLadder } from './home/TierLadder.tsx';
import { Waiting } from './home/Waiting.tsx';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: '16px' },
  card: { padding: '20px', gap: '8px' },
});

export default function HomePage() {
  const styles = useStyles();
  const i18n = useI18n();
  const { t, tOr } = i18n;
  const { can, publisher } = useSession();
  const id = publisher!.id;
  const now = useNow();
  const loaded = usePublisherData(id);
  const dialog = useDialog<ContactDialogMode>();
  const [notice, setNotice] = useNotice();
  usePageTitle(t('home.title'), publisher);
  const canManage = can('publisher:manage');

  return (
    <div className={styles.page}>
      <Title1 as="h1">{t('home.title')}</Title1>
      <Gate loaded={loaded}>
        {(data) => {
          const hasTransact = hasLiveTransact(data.offers);
          const contactName = data.contacts.map((c) => c.user.displayName).join(', ') || '—';
          return (
            <>
              {notice && <SuccessBar>{notice}</SuccessBar>}
              {!canManage && <Text data-testid="member-note">{t('home.member')}</Text>}
              <NextStepCard
                step={nextStep(data)}
                canManage={canManage}
                onAssignContact={() => dialog.show({ kind: 'add' })}
              />
              <Card className={styles.card} aria-labelledby="home-tier">
                <Title3 as="h2" id="home-tier">
                  {t('home.tier', {
                    tier: tOr(`tier.${data.benefits.tier.id}`, data.benefits.tier.name),
                    amount: dollars(i18n, data.benefits.ttmUsdCents),
                  })}
                </Title3>
                <TierProgress benefits={data.benefits} ledger={data.ledger} hasTransact={hasTransact} />
                <Link to="/rewards">{t('home.seeBenefits')}</Link>
              </Card>
              <Waiting
                activations={data.activations}
                requests={data.requests}
                offers={data.offers}
                contactName={contactName}
                now={now}
              />
              <TierLadder
                program={data.program}
                benefits={data.benefits}
                hasTransact={hasTransact || data.benefits.ttmUsdCents > 0}
              />
              {dialog.target && (
                <ContactDialog
                  key={dialog.generation}
                  open={dialog.open}
                  mode={dialog.target}
                  publisherId={id}
                  accountEmail={publisher!.accountEmail}
                  users={data.users}
                  languages={data.program.languages}
                  onClose={dialog.hide}
                  onSaved={(contact) => {
                    dialog.hide();
                    setNotice((i) => i.t('contact.assigned', { name: contact.user.displayName }));
                    void invalidate(
                      [
                        '/api/v1/publishers/{publisherId}/marketing-contacts',
                        '/api/v1/publishers/{publisherId}/benefits',
                      ],
                      id,
                    );
                  }}
                />
              )}
            </>
          );
        }}
      </Gate>
    </div>
  );
}
