// What the draft would do, before it is published: the draft as it stands in the editor (saved or not), simulated
// on the real ledger at the day it would take effect, nothing stored. The figures read as on the What if panel.
import { Button, makeStyles, Spinner, Text } from '@fluentui/react-components';
import { useState } from 'react';
import { client, ok } from '../../../api.ts';
import type { ProgramInfo } from '../../../api/model.ts';
import { ErrorBar } from '../../../components/Feedback.tsx';
import { useSubmission } from '../../../hooks.ts';
import { useI18n } from '../../../i18n/i18n.tsx';
import { SimulationResult, type Simulation, type SimulationBody } from '../SimulationResult.tsx';
import type { Doc } from './model.ts';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: '12px', minWidth: 0 },
  actions: { display: 'flex', gap: '12px', alignItems: 'center', flexWrap: 'wrap' },
});

export function DraftWhatIf({ doc, effectiveFrom }: { doc: Doc; effectiveFrom: string }) {
  const styles = useStyles();
  const i18n = useI18n();
  const { t, date } = i18n;
  const [result, setResult] = useState<{ simulation: Simulation; body: SimulationBody }>();
  const { busy, error, run } = useSubmission();
  const simulate = () =>
    run(async () => {
      setResult(undefined);
      const body: SimulationBody = { program: { ...(doc as ProgramInfo), effectiveFrom } };
      const simulation = await ok(client.POST('/api/v1/program/simulations', { body }));
      setResult({ simulation, body });
    });
  return (
    <section className={styles.panel} aria-label={t('draftWhatIf.title')}>
      <Text>{t('draftWhatIf.intro', { date: effectiveFrom ? date(effectiveFrom) : '—' })}</Text>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={busy || effectiveFrom === ''} onClick={() => void simulate()}>
          {t('draftWhatIf.run')}
        </Button>
        {busy && <Spinner size="tiny" label={t('draftWhatIf.running')} />}
      </div>
      {error && <ErrorBar error={error} />}
      {result && <SimulationResult simulation={result.simulation} body={result.body} />}
    </section>
  );
}
