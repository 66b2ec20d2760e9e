// What if (program admins): one change typed in (a tier's threshold, the tier a benefit unlocks at, a sponsorship's
// amount) or a whole program file, run on the real ledger at its effective date without storing anything; the
// result as a person reads it: headline figures, the tier moves, the benefits, the publishers affected, a CSV.
// `SimulationResult` shows any simulation's answer, so the drafts editor can show a draft's.
import {
  Badge,
  Button,
  Divider,
  Field,
  Input,
  makeStyles,
  Select,
  Spinner,
  Text,
  Title3,
  tokens,
} from '@fluentui/react-components';
import { useState, type ChangeEvent } from 'react';
import { ApiError, client, ok } from '../../api.ts';
import type { Answer, ProgramInfo } from '../../api/model.ts';
import type { paths } from '../../api/schema.d.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { ErrorBar, fieldProps } from '../../components/Feedback.tsx';
import { useSubmission } from '../../hooks.ts';
import { useI18n } from '../../i18n/i18n.tsx';

export type Simulation = Answer<'/api/v1/program/simulations', 'post'>;
export type SimulationBody = NonNullable<
  paths['/api/v1/program/simulations']['post']['requestBody']
>['content']['application/json'];
type Kind = NonNullable<SimulationBody['change']>['kind'];
const KINDS: Kind[] = ['tier-threshold', 'benefit-min-tier', 'sponsorship-amount'];

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', gap: '12px', minWidth: 0 },
  form: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(200px, 100%), 1fr))',
    gap: '12px',
    alignItems: 'start',
  },
  actions: { display: 'flex', gap: '12px', alignItems: 'center', flexWrap: 'wrap' },
  headline: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(150px, 100%), 1fr))',
    gap: '12px',
  },
  stat: {
    display: 'flex',
    flexDirection: 'column',
    gap: '2px',
    padding: '12px',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  figure: { fontSize: tokens.fontSizeHero700, lineHeight: tokens.lineHeightHero700, fontWeight: 600 },
  section: { display: 'flex', flexDirection: 'column', gap: '6px', minWidth: 0 },
  head: {
    display: 'flex',
    justifyContent: 'space-between',
    alignItems: 'baseline',
    gap: '12px',
    flexWrap: 'wrap',
  },
  muted: { color: tokens.colorNeutralForeground2 },
  heading: { margin: 0 },
});

const today = () => new Date().toISOString().slice(0, 10);

/** Dollars as typed ("30000", "30,000.50", "$30K" is refused) in cents, or undefined when not an amount. */
function cents(text: string): number | undefined {
  const clean = text.replace(/[\s,$]/g, '');
  if (!/^\d+(\.\d{1,2})?$/.test(clean)) return undefined;
  return Math.round(Number(clean) * 100);
}

export function WhatIf({ program }: { program: ProgramInfo }) {
  const styles = useStyles();
  const i18n = useI18n();
  const { t, tOr } = i18n;
  const { busy, error, setError, run } = useSubmission();
  const [kind, setKind] = useState<Kind>('tier-threshold');
  const [tierId, setTierId] = useState(program.tiers[2]?.id ?? program.tiers.at(-1)!.id);
  const sponsorships = program.benefits.filter((b) => b.kind === 'sponsorship');
  const [benefitId, setBenefitId] = useState(program.benefits[0]!.id);
  const [amount, setAmount] = useState('');
  const [effectiveFrom, setEffectiveFrom] = useState(today());
  const [result, setResult] = useState<{ simulation: Simulation; body: SimulationBody }>();
  const tierName = (id: string) => tOr(`tier.${id}`, program.tiers.find((x) => x.id === id)?.name ?? id);

  const simulate = (body: SimulationBody) =>
    run(async () => {
      setResult(undefined);
      const simulation = await ok(client.POST('/api/v1/program/simulations', { body }));
      setResult({ simulation, body });
    });

  const runChange = async () => {
    const typed = cents(amount);
    const field = kind === 'tier-threshold' ? 'change/thresholdUsdCents' : 'change/amountUsdCents';
    if (kind !== 'benefit-min-tier' && typed === undefined) {
      setError(
        new ApiError(422, 'validation-failed', t('whatIf.notAmount'), [
          { pointer: `/body/${field}`, code: 'whatIf-amount', detail: t('whatIf.notAmount') },
        ]),
      );
      return;
    }
    const change: NonNullable<SimulationBody['change']> =
      kind === 'tier-threshold'
        ? { kind, tierId, thresholdUsdCents: typed! }
        : kind === 'benefit-min-tier'
          ? { kind, tierId, benefitId }
          : { kind, tierId, benefitId, amountUsdCents: typed! };
    await simulate({ change, effectiveFrom });
  };

  const runFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    try {
      await simulate({ program: JSON.parse(await file.text()) as ProgramInfo });
    } catch {
      setError(new ApiError(422, 'validation-failed', t('programs.notJson', { file: file.name })));
    }
  };

  const pickKind = (next: Kind) => {
    setKind(next);
    setAmount('');
    if (next === 'sponsorship-amount' && sponsorships[0]) setBenefitId(sponsorships[0].id);
  };
  const benefits = kind === 'sponsorship-amount' ? sponsorships : program.benefits;
  // A field's own problem shows beside it; the others (a file's, the whole request's) in the bar below.
  const beside = [
    'change/tierId',
    'change/benefitId',
    'change/thresholdUsdCents',
    'change/amountUsdCents',
    'effectiveFrom',
  ];
  const rest =
    error &&
    (error.errors.length === 0 ||
      error.errors.some((e) => !beside.includes(e.pointer.replace(/^\/body\//, ''))))
      ? error
      : undefined;

  return (
    <section className={styles.card} aria-labelledby="what-if-heading">
      <Divider />
      <Title3 as="h3" id="what-if-heading" className={styles.heading}>
        {t('whatIf.title')}
      </Title3>
      <Text>{t('whatIf.intro')}</Text>
      <div className={styles.form}>
        <Field label={t('whatIf.kind')}>
          <Select value={kind} onChange={(_, d) => pickKind(d.value as Kind)} disabled={busy}>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`whatIf.kind.${k}`)}
              </option>
            ))}
          </Select>
        </Field>
        {kind !== 'tier-threshold' && (
          <Field label={t('whatIf.benefit')} {...fieldProps(i18n, error, 'change/benefitId')}>
            <Select value={benefitId} onChange={(_, d) => setBenefitId(d.value)} disabled={busy}>
              {benefits.map((b) => (
                <option key={b.id} value={b.id}>
                  {tOr(`benefitName.${b.id}`, b.name)}
                </option>
              ))}
            </Select>
          </Field>
        )}
        <Field label={t('whatIf.tier')} {...fieldProps(i18n, error, 'change/tierId')}>
          <Select value={tierId} onChange={(_, d) => setTierId(d.value)} disabled={busy}>
            {program.tiers.map((tier, i) =>
              kind === 'tier-threshold' && i === 0 ? null : (
                <option key={tier.id} value={tier.id}>
                  {kind === 'tier-threshold'
                    ? t('whatIf.tierNow', {
                        tier: tierName(tier.id),
                        amount: i18n.usd(tier.thresholdUsdCents),
                      })
                    : tierName(tier.id)}
                </option>
              ),
            )}
          </Select>
        </Field>
        {kind !== 'benefit-min-tier' && (
          <Field
            label={t(kind === 'tier-threshold' ? 'whatIf.threshold' : 'whatIf.amount')}
            {...fieldProps(
              i18n,
              error,
              kind === 'tier-threshold' ? 'change/thresholdUsdCents' : 'change/amountUsdCents',
            )}
          >
            <Input
              inputMode="decimal"
              contentBefore="$"
              value={amount}
              onChange={(_, d) => setAmount(d.value)}
              placeholder="30000"
              disabled={busy}
            />
          </Field>
        )}
        <Field label={t('whatIf.effectiveFrom')} {...fieldProps(i18n, error, 'effectiveFrom')}>
          <Input
            type="date"
            value={effectiveFrom}
            min={today()}
            onChange={(_, d) => setEffectiveFrom(d.value)}
            disabled={busy}
          />
        </Field>
      </div>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={() => void runChange()} disabled={busy}>
          {t('whatIf.run')}
        </Button>
        {busy && <Spinner size="tiny" label={t('whatIf.running')} />}
      </div>
      <Field label={t('whatIf.orFile')} hint={t('whatIf.fileHint')}>
        <input
          type="file"
          aria-label={t('whatIf.orFile')}
          accept="application/json,.json"
          disabled={busy}
          onChange={(e) => void runFile(e)}
        />
      </Field>
      {rest && <ErrorBar error={rest} />}
      {rest && rest.errors.length > 0 && (
        <ul>
          {rest.errors.map((e) => (
            <li key={`${e.pointer}-${e.detail}`}>
              <Text>
                {e.pointer.replace(/^\/body(\/program)?/, '') || '/'}: {e.detail}
              </Text>
            </li>
          ))}
        </ul>
      )}
      {result && <SimulationResult simulation={result.simulation} body={result.body} />}
    </section>
  );
}

/**
 * A simulation's answer as a person reads it. `body` is the request that produced it: the CSV link asks the same
 * simulation again for every affected publisher.
 */
export function SimulationResult({ simulation, body }: { simulation: Simulation; body: SimulationBody }) {
  const styles = useStyles();
  const i18n = useI18n();
  const { t, tOr, number, usd, date } = i18n;
  const [downloading, setDownloading] = useState(false);
  const tier = (x: { id: string; name: string }) => tOr(`tier.${x.id}`, x.name);
  const benefit = (x: { id: string; name: string }) => tOr(`benefitName.${x.id}`, x.name);
  const names = (list: { id: string; name: string }[]) => list.map(benefit).join(', ');
  const changed = simulation.benefits.filter((b) => b.newlyUnlocked + b.keptByGrandfathering + b.lost > 0);
  const { affected } = simulation;

  const download = async () => {
    setDownloading(true);
    try {
      const { data } = await client.POST('/api/v1/program/simulations/export', { body, parseAs: 'blob' });
      if (!data) return;
      const link = document.createElement('a');
      link.href = URL.createObjectURL(data);
      link.download = `what-if-${simulation.effectiveFrom}.csv`;
      link.click();
      URL.revokeObjectURL(link.href);
    } finally {
      setDownloading(false);
    }
  };

  const stat = (label: string, value: string) => (
    <div className={styles.stat}>
      <span className={styles.figure}>{value}</span>
      <Text className={styles.muted}>{label}</Text>
    </div>
  );
  return (
    <section className={styles.section} aria-labelledby="what-if-result">
      <Title3 as="h4" id="what-if-result" className={styles.heading}>
        {t('whatIf.resultTitle', { date: date(simulation.effectiveFrom), version: simulation.basedOn })}
      </Title3>
      <div className={styles.headline}>
        {stat(t('whatIf.companiesUp'), number(simulation.companies.up))}
        {stat(t('whatIf.companiesDown'), number(simulation.companies.down))}
        {stat(t('whatIf.publishersAffected'), number(simulation.publishers.affected))}
        {stat(t('whatIf.committed'), usd(simulation.committedUsdCents))}
      </div>
      <Text weight="semibold">{t('whatIf.moves')}</Text>
      {simulation.moves.length === 0 ? (
        <Text className={styles.muted}>{t('whatIf.noMoves')}</Text>
      ) : (
        <DataTable
          label={t('whatIf.moves')}
          size="small"
          columns={[
            'whatIf.col.from',
            'whatIf.col.to',
            'whatIf.col.direction',
            { label: 'whatIf.col.companies', numeric: true },
          ]}
          items={simulation.moves}
          rowKey={(m) => `${m.from.id}-${m.to.id}`}
          cells={(m) => [
            tier(m.from),
            tier(m.to),
            <Badge key="d" appearance="tint" color={m.direction === 'up' ? 'success' : 'warning'}>
              {t(m.direction === 'up' ? 'whatIf.up' : 'whatIf.down')}
            </Badge>,
            number(m.companies),
          ]}
        />
      )}
      <Text weight="semibold">{t('whatIf.benefits')}</Text>
      {changed.length === 0 ? (
        <Text className={styles.muted}>{t('whatIf.noBenefits')}</Text>
      ) : (
        <>
          <DataTable
            label={t('whatIf.benefits')}
            size="small"
            columns={[
              'whatIf.col.benefit',
              { label: 'whatIf.col.unlocked', numeric: true },
              { label: 'whatIf.col.kept', numeric: true },
              { label: 'whatIf.col.lost', numeric: true },
              { label: 'whatIf.col.committed', numeric: true },
            ]}
            items={changed}
            rowKey={(b) => b.id}
            cells={(b) => [
              benefit(b),
              number(b.newlyUnlocked),
              number(b.keptByGrandfathering),
              number(b.lost),
              b.kind === 'sponsorship' ? usd(b.committedUsdCents) : '',
            ]}
          />
          <Text size={200} className={styles.muted}>
            {t('whatIf.keptHint')}
          </Text>
        </>
      )}
      <div className={styles.head}>
        <Text weight="semibold">{t('whatIf.affected')}</Text>
        {affected.total > 0 && (
          <Button appearance="secondary" size="small" onClick={() => void download()} disabled={downloading}>
            {t('whatIf.downloadCsv')}
          </Button>
        )}
      </div>
      {affected.total === 0 ? (
        <Text className={styles.muted}>{t('whatIf.noneAffected')}</Text>
      ) : (
        <>
          <DataTable
            label={t('whatIf.affected')}
            size="small"
            columns={[
              'whatIf.col.publisher',
              'whatIf.col.mpnId',
              'whatIf.col.tier',
              'whatIf.col.gains',
              'whatIf.col.loses',
              'whatIf.col.kept',
            ]}
            items={affected.items}
            rowKey={(p) => p.id}
            cells={(p) => [
              p.name,
              p.mpnId,
              p.tierNow.id === p.tierThen.id
                ? tier(p.tierNow)
                : t('whatIf.tierMove', { from: tier(p.tierNow), to: tier(p.tierThen) }),
              names(p.gains),
              names(p.loses),
              names(p.keptByGrandfathering),
            ]}
          />
          {affected.total > affected.items.length && (
            <Text size={200} className={styles.muted}>
              {t('whatIf.showing', { shown: number(affected.items.length), total: number(affected.total) })}
            </Text>
          )}
        </>
      )}
    </section>
  );
}
