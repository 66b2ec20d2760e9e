// Sponsorship grants (S10, L9): what each grant is worth, what is left and until when. The rewards team records
// spend against a grant, or marks it spent, from the same cards.
import {
  Badge,
  Button,
  Card,
  CardHeader,
  Field,
  Input,
  makeStyles,
  ProgressBar,
  Text,
  Textarea,
  Title3,
} from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { ApiError, client, ok } from '../../api.ts';
import type { Grant } from '../../api/model.ts';
import { ErrorBar, fieldProps, SuccessBar } from '../../components/Feedback.tsx';
import { useNotice, useSubmission } from '../../hooks.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { invalidate, useApi } from '../../queries.ts';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: '12px' },
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 320px), 1fr))',
    gap: '12px',
  },
  card: { display: 'flex', flexDirection: 'column', gap: '8px' },
  form: { display: 'flex', flexDirection: 'column', gap: '8px' },
  row: { display: 'flex', flexWrap: 'wrap', gap: '8px' },
  spend: { margin: 0, paddingLeft: '20px' },
});

const STATE_COLOR = {
  issued: 'informative',
  active: 'success',
  spent: 'subtle',
  expired: 'warning',
} as const;

/** The publisher's grants; none shows nothing. `canRecord`: the rewards team's spend and mark-spent forms. */
export function Sponsorships({ publisherId, canRecord }: { publisherId: string; canRecord: boolean }) {
  const styles = useStyles();
  const { t } = useI18n();
  const grants = useApi('/api/v1/publishers/{publisherId}/sponsorships', {
    params: { path: { publisherId } },
  }).data?.items;
  if (!grants || grants.length === 0) return null;
  return (
    <section className={styles.section} aria-labelledby="sponsorships-heading">
      <Title3 as="h2" id="sponsorships-heading">
        {/* The rewards team reads a publisher's grants; the publisher reads its own. */}
        {t(canRecord ? 'grants.titleStaff' : 'grants.title')}
      </Title3>
      <Text>{t('grants.rule')}</Text>
      <div className={styles.grid}>
        {grants.map((grant) => (
          <GrantCard key={grant.id} grant={grant} canRecord={canRecord} />
        ))}
      </div>
    </section>
  );
}

function GrantCard({ grant, canRecord }: { grant: Grant; canRecord: boolean }) {
  const styles = useStyles();
  const i18n = useI18n();
  const { t, tOr, usd, date } = i18n;
  const open = grant.state === 'issued' || grant.state === 'active';
  const name = tOr(`benefitName.${grant.benefitId}`, grant.benefitName);
  return (
    <Card className={styles.card} aria-label={name}>
      <CardHeader
        header={
          <Text as="h3" weight="semibold" style={{ margin: 0 }}>
            {name}
          </Text>
        }
        action={
          <Badge appearance="tint" color={STATE_COLOR[grant.state]}>
            {t(`grant.${grant.state}`)}
          </Badge>
        }
      />
      <Text>
        {t('grants.left', { left: usd(grant.remainingUsdCents), amount: usd(grant.amountUsdCents) })}
      </Text>
      <ProgressBar
        value={grant.spentUsdCents / grant.amountUsdCents}
        thickness="large"
        aria-label={t('grants.spent', { spent: usd(grant.spentUsdCents) })}
      />
      <Text>
        {open
          ? t('grants.expires', { date: date(grant.expiresAt) })
          : grant.spentAt
            ? t('grants.spentOn', { date: date(grant.spentAt) })
            : t('grants.expiredOn', { date: date(grant.expiresAt) })}
      </Text>
      {grant.spentNote && <Text italic>{grant.spentNote}</Text>}
      {grant.spend.length > 0 && (
        <ul className={styles.spend} aria-label={t('grants.spendList')}>
          {grant.spend.map((s) => (
            <li key={s.id}>
              <Text>
                {date(s.spentOn)}: {usd(s.amountUsdCents)}
                {s.note ? ` — ${s.note}` : ''}
              </Text>
            </li>
          ))}
        </ul>
      )}
      {canRecord && open && <SpendForm grant={grant} />}
    </Card>
  );
}

function SpendForm({ grant }: { grant: Grant }) {
  const styles = useStyles();
  const i18n = useI18n();
  const { t } = i18n;
  const [amount, setAmount] = useState('');
  const [spentOn, setSpentOn] = useState(() => new Date().toISOString().slice(0, 10));
  const [note, setNote] = useState('');
  const [notice, setNotice] = useNotice();
  const { busy, error, setError, run } = useSubmission();
  const path = { publisherId: grant.publisherId, grantId: grant.id };
  const changed = () =>
    invalidate(
      ['/api/v1/publishers/{publisherId}/sponsorships', '/api/v1/publishers/{publisherId}/benefits'],
      grant.publisherId,
    );

  const record = async (event: FormEvent) => {
    event.preventDefault();
    setNotice(undefined);
    // Dollars as typed ("1,500.50" or "1500.5"), sent as cents; anything else is the amount's problem.
    const dollars = amount.replace(/,/g, '').trim();
    if (!/^\d+(\.\d{1,2})?$/.test(dollars) || Number(dollars) <= 0) {
      const detail = t('grants.amountInvalid');
      setError(
        new ApiError(422, 'validation-failed', detail, [
          { pointer: '/body/amountUsdCents', code: 'amount', detail },
        ]),
      );
      return;
    }
    const cents = Math.round(Number(dollars) * 100);
    await run(async () => {
      await ok(
        client.POST('/api/v1/publishers/{publisherId}/sponsorships/{grantId}/spend', {
          params: { path },
          body: { amountUsdCents: cents, spentOn, note },
        }),
      );
      setAmount('');
      setNote('');
      setNotice((i) => i.t('grants.recorded', { amount: i.usd(cents) }));
      await changed();
    });
  };
  const markSpent = async () => {
    setNotice(undefined);
    await run(async () => {
      await ok(
        client.POST('/api/v1/publishers/{publisherId}/sponsorships/{grantId}/mark-spent', {
          params: { path },
          body: { note: note.trim() },
        }),
      );
      setNote('');
      await changed();
    });
  };

  return (
    <form className={styles.form} onSubmit={(e) => void record(e)} noValidate>
      <div className={styles.row}>
        <Field label={t('grants.amount')} {...fieldProps(i18n, error, 'amountUsdCents')}>
          <Input
            inputMode="decimal"
            value={amount}
            onChange={(_, d) => setAmount(d.value)}
            contentBefore="$"
          />
        </Field>
        <Field label={t('grants.date')} {...fieldProps(i18n, error, 'spentOn')}>
          <Input type="date" value={spentOn} onChange={(_, d) => setSpentOn(d.value)} />
        </Field>
      </div>
      <Field label={t('grants.note')} hint={t('grants.noteHint')} {...fieldProps(i18n, error, 'note')}>
        <Textarea value={note} onChange={(_, d) => setNote(d.value)} rows={2} />
      </Field>
      <div className={styles.row}>
        <Button type="submit" appearance="primary" disabled={busy}>
          {t('grants.record')}
        </Button>
        <Button disabled={busy || note.trim() === ''} onClick={() => void markSpent()}>
          {t('grants.markSpent')}
        </Button>
      </div>
      {notice && <SuccessBar>{notice}</SuccessBar>}
      {error && <ErrorBar error={error} />}
    </form>
  );
}
