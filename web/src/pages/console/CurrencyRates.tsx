// Currency rates (rewards team and program admins): the rates by billing month as a table, month by currency, and,
// for whoever may record billed sales (program admins), a form to set a currency's rate for a month, once.
import { Button, Card, Field, Input, makeStyles, Text, Title3 } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { ApiError, client } from '../../api.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { Empty, ErrorBar, Gate, problemText, SuccessBar } from '../../components/Feedback.tsx';
import { useNotice, useSubmission } from '../../hooks.ts';
import { useI18n, type I18n } from '../../i18n/i18n.tsx';
import { invalidate, useApi } from '../../queries.ts';
import { useSession } from '../../session.tsx';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', gap: '12px', padding: '16px' },
  form: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 200px), 1fr))',
    gap: '12px',
    alignItems: 'start',
  },
  submit: { alignSelf: 'end' },
});

/** A rate as the reader's language writes a decimal (1,052 in German), every digit the service keeps. */
const rateText = (locale: string, value: string) =>
  new Intl.NumberFormat(locale, { maximumFractionDigits: 12 }).format(Number(value));

/** Where the service names each field: the currency and month are in the path, the rate in the body. */
const POINTERS = { currency: '/params/currency', month: '/params/month', rate: '/body/usdPerUnit' } as const;

/** A field's problem in people's words: the service's own field error, or a rate already set beside the rate. */
function fieldError(i18n: I18n, error: ApiError | undefined, field: keyof typeof POINTERS) {
  if (!error) return {};
  const found = error.errors.find((e) => e.pointer === POINTERS[field]);
  const text = found
    ? i18n.tOr(`fieldError.${found.code}`, found.detail)
    : field === 'rate' && error.code === 'rate-fixed'
      ? problemText(i18n, error)
      : undefined;
  return text ? { validationMessage: text, validationState: 'error' as const } : {};
}

export function CurrencyRates() {
  const styles = useStyles();
  const { t, month, locale } = useI18n();
  const { can } = useSession();
  const loaded = useApi('/api/v1/currency-rates', {});

  return (
    <Card className={styles.card}>
      <Title3 as="h2">{t('rates.title')}</Title3>
      <Text>{t('rates.rule')}</Text>
      <Gate loaded={loaded}>
        {(list) => {
          if (list.items.length === 0) return <Empty>{t('rates.none')}</Empty>;
          const currencies = [...new Set(list.items.map((r) => r.currency))].sort();
          const months = [...new Set(list.items.map((r) => r.month))].sort().reverse();
          const rate = new Map(list.items.map((r) => [`${r.currency} ${r.month}`, r.usdPerUnit]));
          return (
            <DataTable
              label={t('rates.title')}
              columns={['rates.month', ...currencies.map((c) => ({ text: c }))]}
              items={months}
              rowKey={(m) => m}
              cells={(m) => [
                month(m),
                ...currencies.map((c) => {
                  const value = rate.get(`${c} ${m}`);
                  return value === undefined ? '' : rateText(locale, value);
                }),
              ]}
            />
          );
        }}
      </Gate>
      {can('billed-sales:write') ? <AddRate /> : <Text>{t('rates.readOnly')}</Text>}
    </Card>
  );
}

function AddRate() {
  const styles = useStyles();
  const i18n = useI18n();
  const { t } = i18n;
  const [currency, setCurrency] = useState('');
  const [month, setMonth] = useState('');
  const [rate, setRate] = useState('');
  const [notice, setNotice] = useNotice();
  const { busy, error, setError, run } = useSubmission();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setNotice(undefined);
    const code = currency.trim().toUpperCase();
    // The currency and month are the address: an empty one is said beside its field, never sent.
    const missing = (['currency', 'month'] as const).filter((f) => (f === 'currency' ? code : month) === '');
    if (missing.length > 0) {
      const errors = missing.map((f) => ({ pointer: POINTERS[f], code: 'required', detail: 'is required' }));
      setError(new ApiError(422, 'validation-failed', 'A field is missing.', errors));
      return;
    }
    await run(async () => {
      const { data: set, response } = await client.PUT('/api/v1/currency-rates/{currency}/{month}', {
        params: { path: { currency: code, month } },
        body: { usdPerUnit: rate.trim() },
      });
      if (!set) return;
      const said = (i: typeof i18n) => ({
        currency: set.currency,
        month: i.month(set.month),
        rate: rateText(i.locale, set.usdPerUnit),
      });
      setNotice((i) => i.t(response.status === 201 ? 'rates.done' : 'rates.same', said(i)));
      setRate('');
      await invalidate(['/api/v1/currency-rates']);
    });
  };
  const field = (name: keyof typeof POINTERS) => fieldError(i18n, error, name);
  const fieldless =
    error && !['currency', 'month', 'rate'].some((f) => field(f as keyof typeof POINTERS).validationMessage);

  return (
    <>
      <Title3 as="h3">{t('rates.add')}</Title3>
      <form className={styles.form} onSubmit={(e) => void submit(e)} noValidate aria-label={t('rates.add')}>
        <Field
          label={t('rates.currencyField')}
          hint={t('rates.currencyHint')}
          required
          {...field('currency')}
        >
          <Input
            value={currency}
            maxLength={3}
            autoComplete="off"
            onChange={(_, d) => setCurrency(d.value.toUpperCase())}
          />
        </Field>
        <Field label={t('rates.monthField')} required {...field('month')}>
          <Input type="month" value={month} onChange={(_, d) => setMonth(d.value)} />
        </Field>
        <Field label={t('rates.rate')} hint={t('rates.rateHint')} required {...field('rate')}>
          <Input inputMode="decimal" value={rate} onChange={(_, d) => setRate(d.value)} />
        </Field>
        <Button className={styles.submit} type="submit" appearance="primary" disabled={busy}>
          {t('rates.submit')}
        </Button>
      </form>
      {fieldless && <ErrorBar error={error} />}
      {notice && <SuccessBar>{notice}</SuccessBar>}
    </>
  );
}
