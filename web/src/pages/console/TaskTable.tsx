// Tasks as a table, soonest due first: the clock, the work, the publisher, who has it, and what can be done.
import {
  Button,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ClockBadge } from '../../components/ClockBadge.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { useI18n, type I18n } from '../../i18n/i18n.tsx';
import type { StaffMember, Task } from '../../api/model.ts';

const useStyles = makeStyles({
  actions: { display: 'flex', gap: '4px', flexWrap: 'wrap' },
  muted: { color: tokens.colorNeutralForeground2 },
  stack: { display: 'flex', flexDirection: 'column' },
  // A long company name wraps inside its button instead of widening the column.
  publisher: { textAlign: 'start', height: 'auto', minWidth: 0, overflowWrap: 'anywhere' },
});

export interface TaskHandlers {
  claim: (task: Task) => void;
  assign: (task: Task, member: StaffMember | null) => void;
  logContact: (task: Task) => void;
  complete: (task: Task) => void;
  cancel: (task: Task) => void;
  openPublisher?: (task: Task) => void;
}

export function TaskTable({
  tasks,
  staff,
  meId,
  handlers,
  label,
}: {
  tasks: Task[];
  staff: StaffMember[];
  meId: string;
  handlers: TaskHandlers;
  label: string;
}) {
  const styles = useStyles();
  const i18n = useI18n();
  const { t, date, relative } = i18n;
  return (
    <DataTable
      label={label}
      size="small"
      columns={[
        'console.due',
        'col.clock',
        'console.subject',
        'console.publisher',
        'console.assignee',
        'console.actions',
      ]}
      items={tasks}
      rowKey={(task) => task.id}
      rowProps={(task) => ({ 'data-testid': `task-${task.id}` })}
      cells={(task) => {
        const open = task.status === 'open' || task.status === 'contacted';
        return [
          <div className={styles.stack}>
            <Text>{date(task.dueAt)}</Text>
            {open && <Text className={styles.muted}>{relative(task.dueAt)}</Text>}
          </div>,
          <div className={styles.stack}>
            <ClockBadge clock={task.clock} />
            {task.escalatedAt ? (
              <Text size={200}>{t('console.escalated')}</Text>
            ) : task.warnedAt ? (
              <Text size={200}>{t('console.warned')}</Text>
            ) : null}
          </div>,
          <div className={styles.stack}>
            <Text weight="semibold">{t(`taskKind.${task.kind}`)}</Text>
            <Text>{taskSubject(i18n, task)}</Text>
            {task.cancelReason && <Text className={styles.muted}>{task.cancelReason}</Text>}
          </div>,
          handlers.openPublisher ? (
            <Button
              appearance="transparent"
              size="small"
              className={styles.publisher}
              onClick={() => handlers.openPublisher!(task)}
            >
              {task.companyName} ({task.mpnId})
            </Button>
          ) : (
            `${task.companyName} (${task.mpnId})`
          ),
          task.assigneeName ?? t('console.unassigned'),
          open ? (
            <TaskActions task={task} staff={staff} meId={meId} handlers={handlers} />
          ) : (
            <Text>{t(`status.${task.status}`)}</Text>
          ),
        ];
      }}
    />
  );
}

/** What can be done with an open task: claim, assign, log a contact, complete, cancel. */
function TaskActions({
  task,
  staff,
  meId,
  handlers,
}: {
  task: Task;
  staff: StaffMember[];
  meId: string;
  handlers: TaskHandlers;
}) {
  const styles = useStyles();
  const { t } = useI18n();
  return (
    <div className={styles.actions}>
      {task.assigneeId !== meId && (
        <Button size="small" onClick={() => handlers.claim(task)}>
          {t('console.claim')}
        </Button>
      )}
      {staff.length > 0 && (
        <Menu>
          <MenuTrigger disableButtonEnhancement>
            <Button size="small">{t('console.assign')}</Button>
          </MenuTrigger>
          <MenuPopover>
            <MenuList>
              <MenuItem onClick={() => handlers.assign(task, null)}>{t('console.unassigned')}</MenuItem>
              {staff.map((member) => (
                <MenuItem key={member.id} onClick={() => handlers.assign(task, member)}>
                  {member.displayName}
                </MenuItem>
              ))}
            </MenuList>
          </MenuPopover>
        </Menu>
      )}
      <Button size="small" appearance="primary" onClick={() => handlers.logContact(task)}>
        {t('console.logContact')}
      </Button>
      <Button size="small" onClick={() => handlers.complete(task)}>
        {t('console.complete')}
      </Button>
      <Button size="small" onClick={() => handlers.cancel(task)}>
        {t('console.cancelTask')}
      </Button>
    </div>
  );
}

/** The task's subject in the user's language, from its parts (the API's `subject` is English). */
export function taskSubject(i18n: I18n, task: Task): string {
  if (i18n.locale === 'en') return task.subject;
  const offer = task.offerName ?? i18n.t('taskSubject.anOffer');
  switch (task.kind) {
    case 'activation': {
      const benefit = i18n.tOr(`benefitName.${task.benefitId}`, '');
      // A benefit without a name in this language: the English subject whole, not half a sentence of each.
      return benefit ? i18n.t('taskSubject.activation', { benefit }) : task.subject;
    }
    case 'welcome':
      return i18n.t('taskSubject.welcome', { offer });
    case 'support-ticket':
      return task.offerName
        ? i18n.t('taskSubject.support-ticket', { offer })
        : i18n.t('taskKind.support-ticket');
    case 'technical-request':
      return i18n.t('taskSubject.technical-request');
    case 'dispute':
      return i18n.t('taskSubject.dispute');
  }
}
