// What a rewards team member records on a task: a contact (channel and note; the first stops the clock) or a
// cancellation (with its reason). The forms keep their input when the service refuses it.
import { Field, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import { client, ok } from '../../api.ts';
import { fieldProps } from '../../components/Feedback.tsx';
import { useSubmission } from '../../hooks.ts';
import { FormDialog } from '../../components/FormDialog.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import type { Task } from '../../api/model.ts';
import { taskSubject } from './TaskTable.tsx';
import { OptionSelect } from '../../components/OptionSelect.tsx';

const CHANNELS = ['phone', 'email', 'meeting', 'other'] as const;

export type TaskAction = { kind: 'contact' | 'cancel'; task: Task };

export function TaskDialog({
  open,
  action,
  onClose,
  onDone,
}: {
  open: boolean;
  action: TaskAction;
  onClose: () => void;
  onDone: () => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const [channel, setChannel] = useState<(typeof CHANNELS)[number]>('phone');
  const [text, setText] = useState('');
  const { busy, error, run } = useSubmission();
  const contact = action.kind === 'contact';
  const submit = async () => {
    await run(async () => {
      const path = { taskId: action.task.id };
      if (contact)
        await ok(
          client.POST('/api/v1/tasks/{taskId}/contacts', { params: { path }, body: { channel, note: text } }),
        );
      else
        await ok(client.POST('/api/v1/tasks/{taskId}/cancel', { params: { path }, body: { reason: text } }));
      onDone();
    });
  };
  const message = (field: string) => fieldProps(i18n, error, field);
  return (
    <FormDialog
      open={open}
      title={t(contact ? 'console.logTitle' : 'console.cancelTitle', {
        subject: taskSubject(i18n, action.task),
      })}
      error={error}
      busy={busy}
      submit={t(contact ? 'console.logContact' : 'console.cancelTask')}
      onSubmit={submit}
      onClose={onClose}
    >
      {contact && (
        <Field label={t('console.channel')} required {...message('channel')}>
          <OptionSelect
            value={channel}
            onChange={setChannel}
            options={CHANNELS.map((c) => [c, t(`channel.${c}`)])}
          />
        </Field>
      )}
      <Field
        label={t(contact ? 'console.note' : 'console.reason')}
        required
        {...message(contact ? 'note' : 'reason')}
      >
        <Textarea value={text} onChange={(_, d) => setText(d.value)} rows={4} resize="vertical" />
      </Field>
    </FormDialog>
  );
}
