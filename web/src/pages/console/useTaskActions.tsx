// The actions on tasks, shared by the queue and the publisher view: each one calls the API, says what happened,
// and invalidates what a task's change touches: the queue, and its publisher's activations, benefits and
// engagement (wherever they are shown).
import { useState, type ReactNode } from 'react';
import type { ApiError } from '../../api.ts';
import { asApiError, client, ok } from '../../api.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { ResolveDialog } from '../../components/ResolveDialog.tsx';
import { useDialog, useNotice, type Say } from '../../hooks.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import type { StaffMember, Task } from '../../api/model.ts';
import { taskSubject, type TaskHandlers } from './TaskTable.tsx';
import { TaskDialog, type TaskAction } from './TaskDialogs.tsx';
import { invalidate } from '../../queries.ts';

/** The conversation a ticket's or a technical request's task answers: "Complete" resolves it there, in its thread. */
function threadOf(task: Task): string | null {
  return task.supportTicketId ?? task.technicalRequestId;
}

function changed(task: Task): void {
  void invalidate(['/api/v1/tasks', '/api/v1/tasks/{taskId}']);
  void invalidate(
    [
      '/api/v1/publishers/{publisherId}/conversations',
      '/api/v1/publishers/{publisherId}/conversations/{conversationId}',
    ],
    task.publisherId,
  );
  void invalidate(
    [
      '/api/v1/publishers/{publisherId}/activations',
      '/api/v1/publishers/{publisherId}/benefits',
      '/api/v1/publishers/{publisherId}/engagement',
    ],
    task.publisherId,
  );
}

export function useTaskActions(): {
  handlers: TaskHandlers;
  dialogs: ReactNode;
  notice: string | undefined;
  error: ApiError | undefined;
} {
  const i18n = useI18n();
  const { t } = i18n;
  const [notice, setNotice] = useNotice();
  const [error, setError] = useState<ApiError>();
  const form = useDialog<TaskAction>();
  const completing = useDialog<Task>();

  const run = async (task: Task, call: () => Promise<unknown>, said: Say) => {
    setError(undefined);
    setNotice(undefined);
    try {
      await call();
      setNotice(said);
      changed(task);
    } catch (e) {
      setError(asApiError(e));
      // Someone else changed the task meanwhile (claimed, closed): show the queue as it is now.
      changed(task);
    }
  };

  const handlers: TaskHandlers = {
    claim: (task) =>
      void run(
        task,
        () => ok(client.POST('/api/v1/tasks/{taskId}/claim', { params: { path: { taskId: task.id } } })),
        (i) => i.t('console.claimed', { subject: taskSubject(i, task) }),
      ),
    assign: (task, member: StaffMember | null) =>
      void run(
        task,
        () =>
          ok(
            client.POST('/api/v1/tasks/{taskId}/assign', {
              params: { path: { taskId: task.id } },
              body: { assigneeId: member?.id ?? null },
            }),
          ),
        (i) => (member ? i.t('console.assigned', { name: member.displayName }) : i.t('console.unassigned')),
      ),
    logContact: (task) => form.show({ kind: 'contact', task }),
    cancel: (task) => form.show({ kind: 'cancel', task }),
    complete: (task) => completing.show(task),
  };

  const dialogs = (
    <>
      {form.target && (
        <TaskDialog
          key={form.generation}
          open={form.open}
          action={form.target}
          onClose={form.hide}
          onDone={() => {
            form.hide();
            setError(undefined);
            const { kind, task } = form.target!;
            setNotice((i) =>
              kind === 'contact'
                ? i.t('console.contactLogged')
                : i.t('console.cancelled', { subject: taskSubject(i, task) }),
            );
            changed(task);
          }}
        />
      )}
      {completing.target && threadOf(completing.target) !== null && (
        <ResolveDialog
          key={completing.generation}
          open={completing.open}
          path={{ publisherId: completing.target.publisherId, conversationId: threadOf(completing.target)! }}
          onClose={completing.hide}
          onDone={async () => {
            const task = completing.target!;
            completing.hide();
            setError(undefined);
            setNotice((i) => i.t('thread.resolvedNotice'));
            changed(task);
          }}
        />
      )}
      {completing.target && threadOf(completing.target) === null && (
        <ConfirmDialog
          key={completing.generation}
          open={completing.open}
          title={t('console.completeTitle', { subject: taskSubject(i18n, completing.target) })}
          confirm={t('console.complete')}
          onClose={completing.hide}
          onConfirm={() => {
            const task = completing.target!;
            completing.hide();
            void run(
              task,
              () =>
                ok(client.POST('/api/v1/tasks/{taskId}/complete', { params: { path: { taskId: task.id } } })),
              (i) => i.t('console.completed', { subject: taskSubject(i, task) }),
            );
          }}
        >
          {t('console.completeBody')}
        </ConfirmDialog>
      )}
    </>
  );
  return { handlers, dialogs, notice, error };
}
