// Open a support ticket, about one offer or none; the form keeps its input when the service refuses it.
import { Field, Input, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import { client, ok } from '../api.ts';
import { useSubmission } from '../hooks.ts';
import { FormDialog } from './FormDialog.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import type { Offer, Ticket } from '../api/model.ts';
import { fieldProps } from './Feedback.tsx';
import { OptionSelect } from './OptionSelect.tsx';

export function TicketDialog({
  open,
  publisherId,
  offers,
  initial,
  onClose,
  onOpened,
}: {
  open: boolean;
  publisherId: string;
  offers: Offer[];
  initial: { offerId: string; subject: string; description: string };
  onClose: () => void;
  onOpened: (ticket: Ticket) => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const [offerId, setOfferId] = useState(initial.offerId);
  const [subject, setSubject] = useState(initial.subject);
  const [description, setDescription] = useState(initial.description);
  const { busy, error, run } = useSubmission();
  const message = (field: string) => fieldProps(i18n, error, field);
  const submit = async () => {
    await run(async () => {
      onOpened(
        await ok(
          client.POST('/api/v1/publishers/{publisherId}/support-tickets', {
            params: { path: { publisherId } },
            body: { subject, description, offerId: offerId || null, language: i18n.locale },
          }),
        ),
      );
    });
  };
  return (
    <FormDialog
      open={open}
      title={t('ticket.dialog')}
      error={error}
      busy={busy}
      submit={t('ticket.submit')}
      onSubmit={submit}
      onClose={onClose}
    >
      <Field label={t('ticket.offer')} {...message('offerId')}>
        <OptionSelect
          value={offerId}
          onChange={setOfferId}
          none={t('ticket.noOffer')}
          options={offers.map((o) => [o.id, o.name])}
        />
      </Field>
      <Field label={t('ticket.subject')} required {...message('subject')}>
        <Input value={subject} onChange={(_, d) => setSubject(d.value)} />
      </Field>
      <Field label={t('ticket.description')} required {...message('description')}>
        <Textarea
          value={description}
          onChange={(_, d) => setDescription(d.value)}
          rows={5}
          resize="vertical"
        />
      </Field>
    </FormDialog>
  );
}
