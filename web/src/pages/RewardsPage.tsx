// The Marketplace Rewards page (S5-S13): the tier and the way to the next, then the benefits in two tabs, each
// with its state and, when locked, why; the marketing contact on top of the sales and marketing tab.
import { makeStyles, Tab, TabList, Text, Title1 } from '@fluentui/react-components';
import { useState } from 'react';
import type { ApiError } from '../api.ts';
import { asApiError, client, ok } from '../api.ts';
import { Empty, ErrorBar, Gate, SuccessBar } from '../components/Feedback.tsx';
import { useDialog, useNotice, useNow, usePageTitle } from '../hooks.ts';
import { ConfirmDialog } from '../components/ConfirmDialog.tsx';
import { tierNames } from '../program.ts';
import { invalidate } from '../queries.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { useSession } from '../session.tsx';
import type { Benefit, Contact } from '../api/model.ts';
import { BenefitCard } from './rewards/BenefitCard.tsx';
import { BenefitGroups } from './rewards/BenefitGroups.tsx';
import { hasLiveTransact, usePublisherData } from './rewards/data.ts';
import { useActivation } from './rewards/useActivation.ts';
import { ContactDialog, type ContactDialogMode } from './rewards/ContactDialog.tsx';
import { ContactSection } from './rewards/ContactSection.tsx';
import { Sponsorships } from './rewards/Sponsorships.tsx';
import { Preview } from './rewards/Preview.tsx';
import { RevokeDialog, type RevokeTarget } from './rewards/RevokeDialog.tsx';
import { TechnicalRequests } from './rewards/TechnicalRequests.tsx';
import { TierSummary } from './rewards/TierSummary.tsx';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: '16px' },
  tabs: { flexWrap: 'wrap' },
});

export default function RewardsPage() {
  const styles = useStyles();
  const i18n = useI18n();
  const { t } = i18n;
  const { can, publisher } = useSession();
  const id = publisher!.id;
  const now = useNow();
  const [tab, setTab] = useState<'sales-and-marketing' | 'technical'>('sales-and-marketing');
  const dialog = useDialog<ContactDialogMode>();
  const confirming = useDialog<Benefit>();
  const revoking = useDialog<RevokeTarget>();
  const [notice, setNotice] = useNotice();
  const [actionError, setActionError] = useState<ApiError>();

  const loaded = usePublisherData(id);
  const activation = useActivation(id, setNotice);

  usePageTitle(t('rewards.title'), publisher);

  const remove = async (contact: Contact) => {
    setActionError(undefined);
    try {
      await ok(
        client.DELETE('/api/v1/publishers/{publisherId}/marketing-contacts/{contactId}', {
          params: { path: { publisherId: id, contactId: contact.id } },
        }),
      );
      setNotice((i) => i.t('contact.removed', { name: contact.user.displayName }));
      void invalidate(
        ['/api/v1/publishers/{publisherId}/marketing-contacts', '/api/v1/publishers/{publisherId}/benefits'],
        id,
      );
    } catch (e) {
      setActionError(asApiError(e));
    }
  };

  return (
    <div className={styles.page}>
      <Title1 as="h1">{t('rewards.title')}</Title1>
      <Gate loaded={loaded}>
        {(data) => {
          const names = tierNames(data.program);
          const benefitNames = Object.fromEntries(data.benefits.benefits.map((b) => [b.id, b.name]));
          const contactName = data.contacts.map((c) => c.user.displayName).join(', ') || '—';
          const inTab = data.benefits.benefits.filter((b) => b.category === tab);
          const count = (state: Benefit['state']) => inTab.filter((b) => b.state === state).length;
          return (
            <>
              <TierSummary
                benefits={data.benefits}
                ledger={data.ledger}
                hasTransact={hasLiveTransact(data.offers)}
              />
              <Preview publisherId={id} />
              {notice && <SuccessBar>{notice}</SuccessBar>}
              {actionError && <ErrorBar error={actionError} />}
              <TabList
                className={styles.tabs}
                selectedValue={tab}
                onTabSelect={(_, d) => setTab(d.value as typeof tab)}
                aria-label={t('rewards.tabs')}
              >
                <Tab value="sales-and-marketing">{t('rewards.tab.sales')}</Tab>
                <Tab value="technical">{t('rewards.tab.technical')}</Tab>
              </TabList>
              <div
                role="tabpanel"
                aria-label={t(tab === 'technical' ? 'rewards.tab.technical' : 'rewards.tab.sales')}
                className={styles.page}
              >
                {tab === 'sales-and-marketing' && (
                  <ContactSection
                    contacts={data.contacts}
                    max={data.program.marketingContacts.max}
                    canManage={can('publisher:manage')}
                    onEdit={dialog.show}
                    onRemove={(c) => void remove(c)}
                  />
                )}
                {tab === 'sales-and-marketing' && (
                  <Sponsorships publisherId={id} canRecord={can('tasks:work')} />
                )}
                <Text>
                  {t('rewards.summary', {
                    available: count('available'),
                    active: count('active'),
                    locked: count('locked'),
                  })}
                </Text>
                {inTab.length === 0 && <Empty>{t('rewards.noBenefits')}</Empty>}
                <BenefitGroups
                  benefits={inTab}
                  card={(benefit) => (
                    <BenefitCard
                      key={benefit.id}
                      benefit={benefit}
                      activation={data.activations.find((a) => a.id === benefit.activationId)}
                      contactName={contactName}
                      tierNames={names}
                      benefitNames={benefitNames}
                      canActivate={can('publisher:manage')}
                      onRevoke={
                        can('program:admin')
                          ? (benefit, action) => revoking.show({ benefit, action })
                          : undefined
                      }
                      now={now}
                      busy={activation.busy === benefit.id}
                      error={activation.errors[benefit.id]}
                      focus={activation.focus?.benefitId === benefit.id ? activation.focus : undefined}
                      // Without a contact the service answers why (S6): no promise to confirm.
                      onActivate={(b) =>
                        data.contacts.length === 0
                          ? void activation.activate(b, contactName)
                          : confirming.show(b)
                      }
                      actions={{
                        assignContact: () => {
                          setTab('sales-and-marketing');
                          dialog.show({ kind: 'add' });
                        },
                        openTechnical: () => setTab('technical'),
                        showListingOptimization: () => {
                          const card = document.getElementById('benefit-listing-optimization');
                          card?.scrollIntoView({ block: 'center' });
                          card?.focus();
                        },
                      }}
                    />
                  )}
                />
                {/* Kept mounted while hidden: what was typed in the request form survives a look at the other tab. */}
                <div hidden={tab !== 'technical'}>
                  <TechnicalRequests
                    publisherId={id}
                    offers={data.offers.filter((o) => o.status !== 'delisted')}
                    requests={data.requests}
                    canRequest={can('publisher:request')}
                    onSubmitted={() =>
                      void invalidate(['/api/v1/publishers/{publisherId}/technical-requests'], id)
                    }
                  />
                </div>
              </div>
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
                    setActionError(undefined);
                    activation.clearErrors();
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
              {revoking.target && (
                <RevokeDialog
                  key={revoking.generation}
                  open={revoking.open}
                  target={revoking.target}
                  publisherId={id}
                  onClose={revoking.hide}
                  onDone={(done) => {
                    revoking.hide();
                    const benefit = i18n.tOr(`benefitName.${done.benefit.id}`, done.benefit.name);
                    setNotice((i) =>
                      i.t(done.action === 'revoke' ? 'revoke.done' : 'reinstate.done', { benefit }),
                    );
                    void invalidate(
                      [
                        '/api/v1/publishers/{publisherId}/benefits',
                        '/api/v1/publishers/{publisherId}/activations',
                      ],
                      id,
                    );
                  }}
                />
              )}
              {confirming.target && (
                <ConfirmDialog
                  key={confirming.generation}
                  open={confirming.open}
                  title={t('activate.title', {
                    benefit: i18n.tOr(`benefitName.${confirming.target.id}`, confirming.target.name),
                  })}
                  confirm={t('activate.confirm')}
                  onConfirm={() => {
                    const benefit = confirming.target!;
                    confirming.hide();
                    void activation.activate(benefit, contactName);
                  }}
                  onClose={confirming.hide}
                >
                  {t('activate.body', { contact: contactName })}
                </ConfirmDialog>
              )}
            </>
          );
        }}
      </Gate>
    </div>
  );
}
