// The rewards team resolves a ticket or a technical request, with a note the publisher reads in the thread and
// in a mail; the thread and the queue's "Complete" on such a task both open it.
import { Field, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import { client, ok } from '../api.ts';
import { useSubmission } from '../hooks.ts';
import { useI18n } from '../i18n/i18n.tsx';
import type { ConversationDialogProps } from './DecideDialog.tsx';
import { fieldProps } from './Feedback.tsx';
import { FormDialog } from './FormDialog.tsx';

export function ResolveDialog({ open, path, onClose, onDone }: ConversationDialogProps) {
  const i18n = useI18n();
  const [note, setNote] = useState('');
  const { busy, error, run } = useSubmission();
  return (
    <FormDialog
      open={open}
      title={i18n.t('thread.resolve')}
      error={error}
      busy={busy}
      submit={i18n.t('thread.resolve')}
      onClose={onClose}
      onSubmit={() =>
        run(async () => {
          await ok(
            client.POST('/api/v1/publishers/{publisherId}/conversations/{conversationId}/resolve', {
              params: { path },
              body: note.trim() ? { note } : {},
            }),
          );
          await onDone();
        })
      }
    >
      <Field label={i18n.t('thread.resolveNote')} {...fieldProps(i18n, error, 'note')}>
        <Textarea value={note} onChange={(_, d) => setNote(d.value)} rows={3} resize="vertical" />
      </Field>
    </FormDialog>
  );
}
