// A program admin revokes one publisher's benefit for cause (L6), or reinstates it: the cause and a note the
// publisher will read, then the service cancels open activations and tells the contacts.
import { Field, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import { REVOCATION_CAUSES, type RevocationCause } from '../../../../src/domain/facts.ts';
import { client, ok } from '../../api.ts';
import type { Benefit } from '../../api/model.ts';
import { fieldProps } from '../../components/Feedback.tsx';
import { FormDialog } from '../../components/FormDialog.tsx';
import { OptionSelect } from '../../components/OptionSelect.tsx';
import { useSubmission } from '../../hooks.ts';
import { useI18n } from '../../i18n/i18n.tsx';

export interface RevokeTarget {
  benefit: Benefit;
  /** Revoke it, or give a revoked one back. */
  action: 'revoke' | 'reinstate';
}

export function RevokeDialog({
  open,
  target,
  publisherId,
  onClose,
  onDone,
}: {
  open: boolean;
  target: RevokeTarget;
  publisherId: string;
  onClose: () => void;
  onDone: (target: RevokeTarget) => void;
}) {
  const i18n = useI18n();
  const { t, tOr } = i18n;
  const [cause, setCause] = useState<RevocationCause>('delisting');
  const [note, setNote] = useState('');
  const { busy, error, run } = useSubmission();
  const name = tOr(`benefitName.${target.benefit.id}`, target.benefit.name);
  const path = { publisherId, benefitId: target.benefit.id };

  const submit = () =>
    run(async () => {
      if (target.action === 'revoke') {
        await ok(
          client.POST('/api/v1/publishers/{publisherId}/benefits/{benefitId}/revoke', {
            params: { path },
            body: { cause, note },
          }),
        );
      } else {
        await ok(
          client.POST('/api/v1/publishers/{publisherId}/benefits/{benefitId}/reinstate', {
            params: { path },
            body: { note },
          }),
        );
      }
      onDone(target);
    });

  return (
    <FormDialog
      open={open}
      title={t(target.action === 'revoke' ? 'revoke.title' : 'reinstate.title', { benefit: name })}
      error={error}
      busy={busy}
      submit={t(target.action === 'revoke' ? 'revoke.submit' : 'reinstate.submit')}
      onSubmit={submit}
      onClose={onClose}
    >
      {target.action === 'revoke' && (
        <Field label={t('revoke.cause')} hint={t('revoke.effect')}>
          <OptionSelect
            value={cause}
            onChange={setCause}
            options={REVOCATION_CAUSES.map((c) => [c, t(`cause.${c}`)])}
          />
        </Field>
      )}
      <Field
        label={t('revoke.note')}
        hint={t(target.action === 'revoke' ? 'revoke.noteHint' : 'reinstate.noteHint')}
        required={target.action === 'reinstate' || cause === 'other'}
        {...fieldProps(i18n, error, 'note')}
      >
        <Textarea value={note} onChange={(_, d) => setNote(d.value)} rows={3} />
      </Field>
    </FormDialog>
  );
}
