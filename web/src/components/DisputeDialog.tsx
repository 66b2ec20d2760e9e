// A publisher disputes a billed-sales line, or its tier figure: a note says what is wrong; the rewards team decides
// within the one-week promise, in a conversation the publisher then lands on.
import { Field, Text, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import { client, ok } from '../api.ts';
import type { Conversation } from '../api/model.ts';
import { useSubmission } from '../hooks.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { fieldProps } from './Feedback.tsx';
import { FormDialog } from './FormDialog.tsx';

/** What is disputed: one line (by its source and id), or the tier figure (null). */
export type Disputed = { source: string; lineId: string; summary: string } | null;

export function DisputeDialog({
  open,
  publisherId,
  line,
  onClose,
  onOpened,
}: {
  open: boolean;
  publisherId: string;
  line: Disputed;
  onClose: () => void;
  onOpened: (conversation: Conversation) => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const [note, setNote] = useState('');
  const { busy, error, run } = useSubmission();
  const submit = () =>
    run(async () => {
      onOpened(
        await ok(
          client.POST('/api/v1/publishers/{publisherId}/disputes', {
            params: { path: { publisherId } },
            // Blanks around the note are not words: "at least 10 characters" counts what is said.
            body: line
              ? {
                  subject: 'line',
                  source: line.source,
                  lineId: line.lineId,
                  note: note.trim(),
                  language: i18n.locale,
                }
              : { subject: 'tier', note: note.trim(), language: i18n.locale },
          }),
        ),
      );
    });
  return (
    <FormDialog
      open={open}
      title={line ? t('dispute.dialogLine') : t('dispute.dialogTier')}
      error={error}
      busy={busy}
      submit={t('dispute.submit')}
      onClose={onClose}
      onSubmit={submit}
    >
      {line && <Text>{line.summary}</Text>}
      <Field
        label={t('dispute.noteLabel')}
        hint={t('dispute.noteHint')}
        required
        {...fieldProps(i18n, error, 'note')}
      >
        <Textarea value={note} onChange={(_, d) => setNote(d.value)} rows={4} resize="vertical" />
      </Field>
    </FormDialog>
  );
}
