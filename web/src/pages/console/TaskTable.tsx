// Tasks as a table, in the queue's order (the latest uncontacted work first): the clock, the work and its publisher,
// who has it, and the next step, with the other actions in a menu.
import {
  Button,
  Link,
  Menu,
  MenuButton,
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
  actions: { display: 'flex', gap: '4px', flexWrap: 'nowrap', alignItems: 'center' },
  muted: { color: tokens.colorNeutralForeground2 },
  stack: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: '2px' },
  // A long subject or company name wraps inside its button instead of widening the column.
  publisher: { textAlign: 'start', height: 'auto', minWidth: 0, padding: 0, overflowWrap: 'anywhere' },
  subject: { textAlign: 'start', overflowWrap: 'anywhere' },
});

export interface TaskHandlers {
  claim: (task: Task) => void;
  assign: (task: Task, member: StaffMember | null) => void;
  logContact: (task: Task) => void;
  complete: (task: Task) => void;
  cancel: (task: Task) => void;
  openPublisher?: (task: Task) => void;
  /** Opens the task panel. */
  open?: (task: Task) => void;
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
      columns={['console.due', 'console.subject', 'console.assignee', 'console.actions']}
      items={tasks}
      rowKey={(task) => task.id}
      rowProps={(task) => ({ 'data-testid': `task-${task.id}` })}
      cells={(task) => {
        const open = task.status === 'open' || task.status === 'contacted';
        return [
          <div className={styles.stack}>
            <Text>{date(task.dueAt)}</Text>
            {task.status === 'open' && <Text className={styles.muted}>{relative(task.dueAt)}</Text>}
            <ClockBadge clock={task.clock} />
            {task.escalatedAt && task.status === 'open' ? (
              <Text size={200}>{t('console.escalated')}</Text>
            ) : task.warnedAt && task.status === 'open' ? (
              <Text size={200}>{t('console.warned')}</Text>
            ) : null}
          </div>,
          <div className={styles.stack}>
            <Text weight="semibold">{t(`taskKind.${task.kind}`)}</Text>
            {handlers.open ? (
              <Link as="button" className={styles.subject} onClick={() => handlers.open!(task)}>
                {taskSubject(i18n, task)}
              </Link>
            ) : (
              <Text>{taskSubject(i18n, task)}</Text>
            )}
            {handlers.openPublisher ? (
              <Button
                appearance="transparent"
                size="small"
                className={styles.publisher}
                onClick={() => handlers.openPublisher!(task)}
              >
                {task.companyName} ({task.mpnId})
              </Button>
            ) : (
              <Text className={styles.muted}>
                {task.companyName} ({task.mpnId})
              </Text>
            )}
            {task.cancelReason && <Text className={styles.muted}>{task.cancelReason}</Text>}
          </div>,
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

type Step = 'claim' | 'logContact' | 'complete';

/** Tasks that close with a decision (a dispute in its thread, an offer change in the panel), never completed here. */
const DECIDED = new Set<Task['kind']>(['dispute', 'offer-change']);

/**
 * The next step of an open task: claim it while nobody has it, log the contact, then complete it; a dispute or an
 * offer change is never completed here (it closes with its decision), so an answered one has no next step.
 */
export function nextStep(task: Task): Step | null {
  if (task.status === 'contacted') return DECIDED.has(task.kind) ? null : 'complete';
  return task.assigneeId === null ? 'claim' : 'logContact';
}

/**
 * What can be done with an open task: its next step as a button (`primary` in the task panel), the rest in a
 * "More actions" menu: claim, assign, log a contact, complete, cancel.
 */
export function TaskActions({
  task,
  staff,
  meId,
  handlers,
  primary = false,
}: {
  task: Task;
  staff: StaffMember[];
  meId: string;
  handlers: TaskHandlers;
  primary?: boolean;
}) {
  const styles = useStyles();
  const { t } = useI18n();
  const step = nextStep(task);
  const label: Record<Step, string> = {
    claim: t('console.claim'),
    logContact: t('console.logContact'),
    complete: t('console.complete'),
  };
  const others = (['claim', 'logContact', 'complete'] as const).filter(
    (s) =>
      s !== step &&
      (s !== 'complete' || !DECIDED.has(task.kind)) &&
      (s !== 'claim' || task.assigneeId !== meId) &&
      (s !== 'logContact' || task.status === 'open'),
  );
  return (
    <div className={styles.actions}>
      {step && (
        <Button
          size={primary ? 'medium' : 'small'}
          appearance={primary ? 'primary' : 'secondary'}
          onClick={() => handlers[step](task)}
        >
          {label[step]}
        </Button>
      )}
      <Menu>
        <MenuTrigger disableButtonEnhancement>
          <MenuButton size={primary ? 'medium' : 'small'} aria-label={t('console.moreActions')}>
            {t('console.more')}
          </MenuButton>
        </MenuTrigger>
        <MenuPopover>
          <MenuList>
            {others.map((s) => (
              <MenuItem key={s} onClick={() => handlers[s](task)}>
                {label[s]}
              </MenuItem>
            ))}
            {staff.length > 0 && (
              <Menu>
                <MenuTrigger disableButtonEnhancement>
                  <MenuItem>{t('console.assign')}</MenuItem>
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
            <MenuItem onClick={() => handlers.cancel(task)}>{t('console.cancelTask')}</MenuItem>
          </MenuList>
        </MenuPopover>
      </Menu>
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
      return i18n.t(task.answerAfterDecision ? 'taskSubject.disputeDecided' : 'taskSubject.dispute');
    case 'offer-change':
      return i18n.t('taskSubject.offer-change', { offer });
  }
}
