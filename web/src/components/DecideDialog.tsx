// The rewards team decides a dispute: upheld or rejected, a note for the publisher, and for an upheld one an
// optional correction written as a manual billed-sales line.
import { Checkbox, Field, Input, Radio, RadioGroup, Textarea } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import { client, ok } from '../api.ts';
import { useSubmission } from '../hooks.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { fieldProps } from './Feedback.tsx';
import { FormDialog } from './FormDialog.tsx';

/** Dollars as typed ("1,250.50", "-300") to cents; NaN when it is not an amount the service takes (not zero). */
function toCents(typed: string): number {
  const plain = typed.replace(/[\s,$]/g, '');
  const cents = /^-?\d+(\.\d{1,2})?$/.test(plain) ? Math.round(Number(plain) * 100) : NaN;
  return cents === 0 || Math.abs(cents) > 1e11 ? NaN : cents;
}

/** A dialog that acts on one conversation (resolve, decide): open or not, the conversation, and what follows. */
export interface ConversationDialogProps {
  open: boolean;
  path: { publisherId: string; conversationId: string };
  onClose: () => void;
  /** After the service took the change: the caller closes the dialog and reloads. */
  onDone: () => Promise<void>;
}

export function DecideDialog({ open, path, onClose, onDone }: ConversationDialogProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const [outcome, setOutcome] = useState<'upheld' | 'rejected'>('upheld');
  const [note, setNote] = useState('');
  const [correct, setCorrect] = useState(false);
  const [amount, setAmount] = useState('');
  const [billedOn, setBilledOn] = useState(() => new Date().toISOString().slice(0, 10));
  const { busy, error, run } = useSubmission();
  const cents = toCents(amount);
  const correcting = outcome === 'upheld' && correct;
  // An amount that is not one is said here, in the reader's language, and never sent (the service would answer
  // with its schema's English words); the focus goes to it, as after a refusal.
  const [tried, setTried] = useState(false);
  const amountInput = useRef<HTMLInputElement>(null);
  const submit = async () => {
    if (correcting && Number.isNaN(cents)) {
      setTried(true);
      amountInput.current?.focus();
      return;
    }
    await run(async () => {
      await ok(
        client.POST('/api/v1/publishers/{publisherId}/disputes/{conversationId}/decision', {
          params: { path },
          body: {
            outcome,
            // Only blanks: sent empty, so the field says "required" rather than "not in the expected form".
            note: note.trim() ? note : '',
            ...(correcting ? { correction: { amountUsdCents: cents, billedOn } } : {}),
          },
        }),
      );
      await onDone();
    });
  };
  const correctionError = fieldProps(i18n, error, 'correction/amountUsdCents');
  return (
    <FormDialog
      open={open}
      title={t('dispute.decideTitle')}
      error={error}
      busy={busy}
      submit={t('dispute.decide')}
      onClose={onClose}
      onSubmit={submit}
    >
      <Field label={t('dispute.outcome')} required>
        <RadioGroup value={outcome} onChange={(_, d) => setOutcome(d.value as 'upheld' | 'rejected')}>
          <Radio value="upheld" label={t('dispute.uphold')} />
          <Radio value="rejected" label={t('dispute.reject')} />
        </RadioGroup>
      </Field>
      <Field label={t('dispute.note')} required {...fieldProps(i18n, error, 'note')}>
        <Textarea value={note} onChange={(_, d) => setNote(d.value)} rows={3} resize="vertical" />
      </Field>
      {outcome === 'upheld' && (
        <Checkbox
          checked={correct}
          onChange={(_, d) => setCorrect(Boolean(d.checked))}
          label={t('dispute.addCorrection')}
        />
      )}
      {outcome === 'upheld' && correct && (
        <>
          <Field
            label={t('dispute.correctionAmount')}
            required
            {...((amount !== '' || tried) && Number.isNaN(cents)
              ? { validationMessage: t('dispute.amountInvalid'), validationState: 'error' as const }
              : correctionError)}
          >
            <Input
              ref={amountInput}
              value={amount}
              onChange={(_, d) => setAmount(d.value)}
              inputMode="decimal"
            />
          </Field>
          <Field
            label={t('dispute.correctionDate')}
            required
            {...fieldProps(i18n, error, 'correction/billedOn')}
          >
            <Input type="date" value={billedOn} onChange={(_, d) => setBilledOn(d.value)} />
          </Field>
        </>
      )}
    </FormDialog>
  );
}
