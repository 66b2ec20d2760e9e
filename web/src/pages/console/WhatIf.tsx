// What if (program admins): one change typed in (a tier's threshold, the tier a benefit unlocks at, a sponsorship's
// amount) or a whole program file, run on the real ledger at its effective date without storing anything; the
// result as a person reads it: headline figures, the tier moves, the benefits, the publishers affected, a CSV.
// The result is SimulationResult.tsx, which the drafts editor shows for a draft too.
import {
  Button,
  Divider,
  Field,
  Input,
  makeStyles,
  Select,
  Spinner,
  Text,
  Title3,
} from '@fluentui/react-components';
import { useState, type ChangeEvent } from 'react';
import { ApiError, client, ok } from '../../api.ts';
import type { ProgramInfo } from '../../api/model.ts';
import { ErrorBar, fieldProps } from '../../components/Feedback.tsx';
import { useSubmission } from '../../hooks.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { SimulationResult, type Simulation, type SimulationBody } from './SimulationResult.tsx';

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
