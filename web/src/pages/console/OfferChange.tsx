// An offer-change task in the panel: the facts the publisher asks to change against those confirmed, and the
// decision (confirm, or decline with a note the publisher reads on the offer). Eligibility reads only confirmed
// facts, so nothing unlocks until someone confirms here or the marketplace's feed reports the offer.
import { Button, Field, makeStyles, Textarea, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { client, ok } from '../../api.ts';
import type { Task } from '../../api/model.ts';
import { fieldProps } from '../../components/Feedback.tsx';
import { FormDialog } from '../../components/FormDialog.tsx';
import { listingInWords, marketsInWords } from '../../components/offerFacts.ts';
import { useDialog, useSubmission, type Say } from '../../hooks.ts';
import { useI18n, type I18n } from '../../i18n/i18n.tsx';
import { invalidate } from '../../queries.ts';

export interface OfferChange {
  id: string;
  status: string;
  requested: { listingOption?: string; coSellReady?: boolean; markets?: string[] };
  confirmed: { listingOption: string | null; coSellReady: boolean; markets: string[] };
  note: string | null;
}

const useStyles = makeStyles({
  table: { borderCollapse: 'collapse', width: '100%' },
  cell: {
    textAlign: 'start',
    verticalAlign: 'top',
    padding: '4px 8px 4px 0',
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: 'anywhere',
  },
  asked: { fontWeight: tokens.fontWeightSemibold },
  actions: { display: 'flex', gap: '8px', flexWrap: 'wrap' },
});

const yesNo = (i18n: I18n, value: boolean) => i18n.t(value ? 'offerChange.yes' : 'offerChange.no');

/** The rows of facts asked for: what the publisher asks, beside what is confirmed now. */
export function OfferChangeFacts({ change }: { change: OfferChange }) {
  const styles = useStyles();
  const i18n = useI18n();
  const { t } = i18n;
  const { requested: r, confirmed: c } = change;
  const rows: [string, string, string][] = [];
  if (r.listingOption !== undefined)
    rows.push([
      t('offerChange.listing'),
      listingInWords(i18n, c.listingOption),
      listingInWords(i18n, r.listingOption),
    ]);
  if (r.coSellReady !== undefined)
    rows.push([t('offerChange.coSell'), yesNo(i18n, c.coSellReady), yesNo(i18n, r.coSellReady)]);
  if (r.markets !== undefined)
    rows.push([t('offerChange.markets'), marketsInWords(i18n, c.markets), marketsInWords(i18n, r.markets)]);
  return (
    <table className={styles.table}>
      <thead>
        <tr>
          <th className={styles.cell} scope="col">
            {t('offerChange.fact')}
          </th>
          <th className={styles.cell} scope="col">
            {t('offerChange.confirmed')}
          </th>
          <th className={styles.cell} scope="col">
            {t('offerChange.asked')}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([fact, now, asked]) => (
          <tr key={fact}>
            <th className={styles.cell} scope="row">
              {fact}
            </th>
            <td className={styles.cell}>{now}</td>
            <td className={`${styles.cell} ${styles.asked}`}>{asked}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Confirm and Decline, each through a dialog with a note for the publisher. */
export function OfferChangeDecision({
  task,
  change,
  onDecided,
}: {
  task: Task;
  change: OfferChange;
  onDecided: (said: Say) => void;
}) {
  const styles = useStyles();
  const i18n = useI18n();
  const { t } = i18n;
  const dialog = useDialog<'confirmed' | 'declined'>();
  return (
    <>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={() => dialog.show('confirmed')}>
          {t('offerChange.confirm')}
        </Button>
        <Button onClick={() => dialog.show('declined')}>{t('offerChange.decline')}</Button>
      </div>
      {dialog.target && (
        <DecisionDialog
          key={dialog.generation}
          open={dialog.open}
          outcome={dialog.target}
          task={task}
          change={change}
          onClose={dialog.hide}
          onDone={(said) => {
            dialog.hide();
            onDecided(said);
          }}
        />
      )}
    </>
  );
}

function DecisionDialog({
  open,
  outcome,
  task,
  change,
  onClose,
  onDone,
}: {
  open: boolean;
  outcome: 'confirmed' | 'declined';
  task: Task;
  change: OfferChange;
  onClose: () => void;
  onDone: (said: Say) => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const [note, setNote] = useState('');
  const { busy, error, run } = useSubmission();
  const offer = task.offerName ?? t('taskSubject.anOffer');
  const submit = () =>
    run(async () => {
      await ok(
        client.POST(
          '/api/v1/publishers/{publisherId}/offers/{offerId}/change-requests/{requestId}/decision',
          {
            params: { path: { publisherId: task.publisherId, offerId: task.offerId!, requestId: change.id } },
            body: note.trim() ? { outcome, note: note.trim() } : { outcome },
          },
        ),
      );
      void invalidate(['/api/v1/tasks', '/api/v1/tasks/{taskId}']);
      void invalidate(
        ['/api/v1/publishers/{publisherId}/offers', '/api/v1/publishers/{publisherId}/benefits'],
        task.publisherId,
      );
      onDone((i) =>
        i.t(outcome === 'confirmed' ? 'offerChange.confirmedNotice' : 'offerChange.declinedNotice'),
      );
    });
  return (
    <FormDialog
      open={open}
      title={t(outcome === 'confirmed' ? 'offerChange.confirmTitle' : 'offerChange.declineTitle', { offer })}
      error={error}
      busy={busy}
      submit={t(outcome === 'confirmed' ? 'offerChange.confirm' : 'offerChange.decline')}
      onSubmit={submit}
      onClose={onClose}
    >
      <OfferChangeFacts change={change} />
      <Field label={t('offerChange.noteLabel')} {...fieldProps(i18n, error, 'note')}>
        <Textarea value={note} onChange={(_, d) => setNote(d.value)} rows={3} resize="vertical" />
      </Field>
    </FormDialog>
  );
}
