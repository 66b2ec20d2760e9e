// Tasks as a table, soonest due first: the clock, the work, the publisher, who has it, and what can be done.
import {
  Button,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Table,
  TableBody,
  TableCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ClockBadge } from '../../components/ClockBadge.tsx';
import { ColumnHeaders } from '../../components/ColumnHeaders.tsx';
import { useI18n, type I18n } from '../../i18n/i18n.tsx';
import type { StaffMember, Task } from '../../api/model.ts';

const useStyles = makeStyles({
  actions: { display: 'flex', gap: '4px', flexWrap: 'wrap' },
  muted: { color: tokens.colorNeutralForeground2 },
  stack: { display: 'flex', flexDirection: 'column' },
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
    <Table aria-label={label} size="small">
      <ColumnHeaders
        columns={[
          'console.due',
          'col.clock',
          'console.subject',
          'console.publisher',
          'console.assignee',
          'console.actions',
        ]}
      />
      <TableBody>
        {tasks.map((task) => {
          const open = task.status === 'open' || task.status === 'contacted';
          return (
            <TableRow key={task.id} data-testid={`task-${task.id}`}>
              <TableCell>
                <div className={styles.stack}>
                  <Text>{date(task.dueAt)}</Text>
                  {open && <Text className={styles.muted}>{relative(task.dueAt)}</Text>}
                </div>
              </TableCell>
              <TableCell>
                <div className={styles.stack}>
                  <ClockBadge clock={task.clock} />
                  {task.escalatedAt ? (
                    <Text size={200}>{t('console.escalated')}</Text>
                  ) : task.warnedAt ? (
                    <Text size={200}>{t('console.warned')}</Text>
                  ) : null}
                </div>
              </TableCell>
              <TableCell>
                <div className={styles.stack}>
                  <Text weight="semibold">{t(`taskKind.${task.kind}`)}</Text>
                  <Text>{taskSubject(i18n, task)}</Text>
                  {task.cancelReason && <Text className={styles.muted}>{task.cancelReason}</Text>}
                </div>
              </TableCell>
              <TableCell>
                {handlers.openPublisher ? (
                  <Button appearance="transparent" size="small" onClick={() => handlers.openPublisher!(task)}>
                    {task.companyName} ({task.mpnId})
                  </Button>
                ) : (
                  `${task.companyName} (${task.mpnId})`
                )}
              </TableCell>
              <TableCell>{task.assigneeName ?? t('console.unassigned')}</TableCell>
              <TableCell>
                {open ? (
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
                            <MenuItem onClick={() => handlers.assign(task, null)}>
                              {t('console.unassigned')}
                            </MenuItem>
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
                ) : (
                  <Text>{t(`status.${task.status}`)}</Text>
                )}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
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
  }
}
