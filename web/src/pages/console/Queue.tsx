// The rewards team's queue: every promise not yet kept, the latest first (escalated on top), then what is in progress
// (contacted, not yet done), then closed work; filtered by kind, clock and assignee (in the query string, so a
// reload or a link keeps them). A task opens in its panel.
import { Field, Link, makeStyles, Text } from '@fluentui/react-components';
import { Empty, ErrorBar, Gate, SuccessBar } from '../../components/Feedback.tsx';
import { useApi } from '../../queries.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import type { StaffMember } from '../../api/model.ts';
import { TaskTable } from './TaskTable.tsx';
import { useTaskActions } from './useTaskActions.tsx';
import { OptionSelect } from '../../components/OptionSelect.tsx';
import { setSearchParams, useSearchParam, useSearchParams } from '../../router.tsx';
import { WithTaskPanel } from './TaskPanel.tsx';

const useStyles = makeStyles({
  filters: { display: 'flex', gap: '16px', flexWrap: 'wrap', alignItems: 'flex-end' },
});

const KINDS = ['activation', 'technical-request', 'welcome', 'support-ticket'] as const;
const CLOCKS = ['late', 'due-soon', 'on-track'] as const;
const ASSIGNEES = ['me', 'unassigned'] as const;
const LIMIT = 500;
// Open work is what still waits for its contact; a kept (or missed) promise moves to in progress until done.
const STATUSES = {
  open: ['open'],
  progress: ['contacted'],
  closed: ['done', 'cancelled'],
} as const;

/** `value` when it is one of `options`, else '' (any). */
const oneOf = <T extends string>(options: readonly T[], value: string | null): T | '' =>
  (options as readonly string[]).includes(value ?? '') ? (value as T) : '';

export function Queue({
  meId,
  staff,
  onOpenPublisher,
}: {
  meId: string;
  staff: StaffMember[];
  onOpenPublisher: (publisherId: string) => void;
}) {
  const styles = useStyles();
  const { t } = useI18n();
  // The filters are the address's (?tab=queue&kind=welcome...): a reload or a link keeps them, Back undoes one.
  const params = useSearchParams();
  const kind = oneOf(KINDS, params.get('kind'));
  const clock = oneOf(CLOCKS, params.get('clock'));
  const assignee = oneOf(ASSIGNEES, params.get('assignee'));
  const status = oneOf(Object.keys(STATUSES) as (keyof typeof STATUSES)[], params.get('status')) || 'open';
  const setter = (name: string) => (value: string) => setSearchParams({ [name]: value });
  const [setKind, setClock, setAssignee] = [setter('kind'), setter('clock'), setter('assignee')];
  const setStatus = (value: keyof typeof STATUSES) =>
    setSearchParams({ status: value === 'open' ? null : value });
  const [, openTask] = useSearchParam('task');
  const filter = {
    limit: LIMIT,
    ...(kind ? { kind: [kind] } : {}),
    ...(clock ? { clock: [clock] } : {}),
    ...(assignee ? { assignee } : {}),
    status: STATUSES[status],
  };
  // The same filter for the CSV export's link.
  const query = new URLSearchParams({ limit: String(LIMIT) });
  if (kind) query.set('kind', kind);
  if (clock) query.set('clock', clock);
  if (assignee) query.set('assignee', assignee);
  for (const s of filter.status) query.append('status', s);
  const loaded = useApi('/api/v1/tasks', { params: { query: { ...filter, status: [...filter.status] } } });
  const actions = useTaskActions();
  const handlers = {
    ...actions.handlers,
    openPublisher: (task: { publisherId: string }) => onOpenPublisher(task.publisherId),
    open: (task: { id: string }) => openTask(task.id),
  };
  const select = <T extends string>(label: string, value: T, set: (v: T) => void, options: [T, string][]) => (
    <Field label={label}>
      <OptionSelect value={value} onChange={set} options={options} />
    </Field>
  );
  return (
    <WithTaskPanel staff={staff} meId={meId} handlers={handlers}>
      <div className={styles.filters}>
        {select(t('console.kind'), kind, setKind, [
          ['', t('console.anyKind')],
          ...KINDS.map((k): [typeof kind, string] => [k, t(`taskKind.${k}`)]),
        ])}
        {select(t('console.clock'), clock, setClock, [
          ['', t('console.anyClock')],
          ...CLOCKS.map((c): [typeof clock, string] => [c, t(`clock.${c}`)]),
        ])}
        {select(t('console.assignee'), assignee, setAssignee, [
          ['', t('console.anyone')],
          ['me', t('console.me')],
          ['unassigned', t('console.unassigned')],
        ])}
        {select(t('console.status'), status, setStatus, [
          ['open', t('console.openWork')],
          ['progress', t('console.inProgress')],
          ['closed', t('console.closedWork')],
        ])}
        <Link href={`/api/v1/tasks/export?${query}`} download>
          {t('console.exportCsv')}
        </Link>
      </div>
      {actions.notice && <SuccessBar>{actions.notice}</SuccessBar>}
      {actions.error && <ErrorBar error={actions.error} />}
      <Gate loaded={loaded}>
        {({ items }) =>
          items.length === 0 ? (
            <Empty>{t('console.empty')}</Empty>
          ) : (
            <>
              {items.length === LIMIT && <Text>{t('console.limited', { count: LIMIT })}</Text>}
              <TaskTable
                tasks={items}
                staff={staff}
                meId={meId}
                label={t('console.tab.queue')}
                handlers={handlers}
              />
            </>
          )
        }
      </Gate>
      {actions.dialogs}
    </WithTaskPanel>
  );
}
