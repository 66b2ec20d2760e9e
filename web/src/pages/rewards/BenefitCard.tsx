// One benefit: its state, value and dates; for a locked one why, in a sentence, with what would unlock it; for an
// activated one the rewards team's promise and its countdown. An activation's problem is shown on the card that
// caused it, with its fix as a button; a member, who cannot activate, reads whom to ask.
import {
  Badge,
  Button,
  Card,
  CardHeader,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import type { ApiError } from '../../api.ts';
import { ErrorBar } from '../../components/Feedback.tsx';
import { useI18n, type I18n } from '../../i18n/i18n.tsx';
import { Link } from '../../router.tsx';
import type { Activation, Benefit, Reason } from '../../api/model.ts';
import { useEffect, useRef } from 'react';
import type { FocusRequest } from './useActivation.ts';
import { promiseText } from './promise.ts';

const useStyles = makeStyles({
  card: { padding: '16px', gap: '8px' },
  meta: { display: 'flex', gap: '16px', flexWrap: 'wrap', color: tokens.colorNeutralForeground2 },
  reasons: { margin: 0, paddingLeft: '20px', display: 'flex', flexDirection: 'column', gap: '4px' },
  actions: { display: 'flex', gap: '8px', alignItems: 'center', flexWrap: 'wrap' },
  muted: { color: tokens.colorNeutralForeground2 },
  // The bar takes the card's width (and wraps its text); the fix keeps its own width below it.
  problem: { display: 'flex', flexDirection: 'column', gap: '8px', alignItems: 'stretch', minWidth: 0 },
  fix: { alignSelf: 'flex-start' },
});

const STATE_COLOR = {
  locked: 'subtle',
  available: 'brand',
  active: 'success',
  expired: 'warning',
} as const;

/** What the user can do about a reason: a link, or a button that opens something on this page. */
export interface ReasonActions {
  assignContact: () => void;
  openTechnical: () => void;
  showListingOptimization: () => void;
}

export function reasonText(
  i18n: I18n,
  reason: Reason,
  tierNames: Record<string, string>,
  benefitNames: Record<string, string> = {},
): string {
  const listFormat = new Intl.ListFormat(i18n.locale, { type: 'disjunction' });
  const params: Record<string, string> = {};
  if (reason.missing?.tierId)
    params.tier = i18n.tOr(
      `tier.${reason.missing.tierId}`,
      tierNames[reason.missing.tierId] ?? reason.missing.tierId,
    );
  if (reason.missing?.amountUsdCents !== undefined) params.amount = i18n.usd(reason.missing.amountUsdCents);
  if (reason.missing?.listingTypes)
    params.types = listFormat.format(reason.missing.listingTypes.map((l) => i18n.tOr(`listingType.${l}`, l)));
  if (reason.revoked) {
    params.cause = i18n.t(`cause.${reason.revoked.cause}`);
    params.date = i18n.date(reason.revoked.on);
    params.note = reason.revoked.note ?? '';
  }
  if (reason.waitsFor) {
    const id = reason.waitsFor.benefitId;
    params.benefit = i18n.tOr(`benefitName.${id}`, benefitNames[id] ?? id);
    params.left = i18n.usd(reason.waitsFor.remainingUsdCents);
    params.date = i18n.date(reason.waitsFor.expiresOn);
  }
  return i18n.tOr(`reason.${reason.code}`, reason.message, params);
}

function ReasonAction({
  reason,
  actions,
  canManage,
}: {
  reason: Reason;
  actions: ReasonActions;
  canManage: boolean;
}) {
  const i18n = useI18n();
  const label = i18n.tOr(`action.${reason.code}`, '');
  if (!label) return null;
  switch (reason.code) {
    case 'needs-tier':
      return <Link to="/billed-sales">{label}</Link>;
    case 'needs-marketing-contact':
      // Only owners and admins assign the contact.
      if (!canManage) return null;
      return (
        <Button size="small" onClick={actions.assignContact}>
          {label}
        </Button>
      );
    case 'activated-by-request':
      return (
        <Button size="small" onClick={actions.openTechnical}>
          {label}
        </Button>
      );
    case 'needs-listing-optimization':
      return (
        <Button size="small" onClick={actions.showListingOptimization}>
          {label}
        </Button>
      );
    case 'needs-live-offer':
    case 'offers-excluded-byol':
    case 'offers-excluded-private':
    case 'not-available-in-region':
    case 'needs-co-sell-ready':
      return <Link to="/offers">{label}</Link>;
    case 'program-closed':
    case 'revoked-for-cause':
    case 'sponsorship-outstanding':
    case 'expired':
      return null;
  }
}

export function BenefitCard({
  benefit,
  activation,
  contactName,
  tierNames,
  benefitNames,
  canActivate,
  now,
  onActivate,
  onRevoke,
  actions,
  busy = false,
  error,
  focus,
}: {
  benefit: Benefit;
  activation: Activation | undefined;
  contactName: string;
  tierNames: Record<string, string>;
  /** Benefit names by id, for a reason that names another benefit (the sponsorship one waits for). */
  benefitNames: Record<string, string>;
  /** A program admin's revoke for cause (or reinstate, once revoked); absent for everyone else. */
  onRevoke?: (benefit: Benefit, action: 'revoke' | 'reinstate') => void;
  canActivate: boolean;
  now: number;
  onActivate: (benefit: Benefit) => void;
  actions: ReasonActions;
  /** The activation of this benefit is being sent. */
  busy?: boolean;
  /** What the service answered to this benefit's activation. */
  error?: ApiError;
  /** Focus this card, or its error, once rendered: the outcome of its activation is shown. */
  focus?: FocusRequest;
}) {
  const styles = useStyles();
  const i18n = useI18n();
  const { t, tOr, usd, date } = i18n;
  const revoked = benefit.reasons.some((r) => r.code === 'revoked-for-cause');
  const name = tOr(`benefitName.${benefit.id}`, benefit.name);
  const why = benefit.state === 'locked' ? benefit.reasons : benefit.blockers;
  const headingId = `benefit-${benefit.id}-name`;
  const activatable = benefit.state === 'available' && benefit.activation === 'activate';
  const showActivate = canActivate && activatable;
  const cardRef = useRef<HTMLDivElement>(null);
  const errorRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!focus) return;
    (focus.on === 'error' ? errorRef : cardRef).current?.focus();
  }, [focus]);
  return (
    <Card
      ref={cardRef}
      tabIndex={-1}
      className={styles.card}
      id={`benefit-${benefit.id}`}
      aria-labelledby={headingId}
      data-state={benefit.state}
    >
      <CardHeader
        header={
          <Text as="h3" weight="semibold" id={headingId} style={{ margin: 0 }}>
            {name}
          </Text>
        }
        action={
          <Badge appearance="tint" color={STATE_COLOR[benefit.state]}>
            {t(`state.${benefit.state}`)}
          </Badge>
        }
      />
      <Text>{tOr(`benefitDescription.${benefit.id}`, benefit.description)}</Text>
      <div className={styles.meta}>
        {benefit.amountUsdCents !== null && (
          <Text>{t('benefit.value', { amount: usd(benefit.amountUsdCents) })}</Text>
        )}
        {benefit.expiresAt && <Text>{t('benefit.expires', { date: date(benefit.expiresAt) })}</Text>}
        {/* Only an activated evergreen benefit renews; an unlocked one waits for its activation. */}
        {benefit.renewsAt && benefit.state === 'active' && (
          <Text>{t('benefit.renews', { date: date(benefit.renewsAt) })}</Text>
        )}
        {benefit.grandfathered && <Text>{t('benefit.grandfathered')}</Text>}
      </div>
      {why.length > 0 && (
        <ul className={styles.reasons} aria-label={t('benefit.whyLocked')}>
          {why.map((reason) => (
            <li key={reason.code}>
              <Text>{reasonText(i18n, reason, tierNames, benefitNames)}</Text>{' '}
              <ReasonAction reason={reason} actions={actions} canManage={canActivate} />
            </li>
          ))}
        </ul>
      )}
      {activation && (
        <MessageBar
          intent={
            activation.clock === 'late' || activation.clock === 'missed'
              ? 'warning'
              : activation.clock === 'kept'
                ? 'success'
                : 'info'
          }
          data-testid={`promise-${benefit.id}`}
        >
          <MessageBarBody>{promiseText(i18n, activation, contactName, now)}</MessageBarBody>
        </MessageBar>
      )}
      {error && (
        <div className={styles.problem} id={`benefit-${benefit.id}-error`} tabIndex={-1} ref={errorRef}>
          <ErrorBar error={error} />
          {error.code === 'marketing-contact-required' && canActivate && (
            <Button appearance="primary" className={styles.fix} onClick={actions.assignContact}>
              {t('action.needs-marketing-contact')}
            </Button>
          )}
        </div>
      )}
      {showActivate && (
        <div className={styles.actions}>
          <Button
            appearance={error ? 'secondary' : 'primary'}
            onClick={() => onActivate(benefit)}
            aria-describedby={headingId}
            disabledFocusable={busy}
            icon={busy ? <Spinner size="tiny" /> : undefined}
          >
            {t(busy ? 'benefit.activating' : 'benefit.activate')}
          </Button>
        </div>
      )}
      {!canActivate && activatable && (
        <Text className={styles.muted} data-testid="ask-owner">
          {t('benefit.askOwner')}
        </Text>
      )}
      {onRevoke && (revoked || benefit.unlockedAt) && (
        <div className={styles.actions}>
          <Button
            appearance="subtle"
            onClick={() => onRevoke(benefit, revoked ? 'reinstate' : 'revoke')}
            aria-describedby={headingId}
          >
            {t(revoked ? 'reinstate.open' : 'revoke.open')}
          </Button>
        </div>
      )}
    </Card>
  );
}
