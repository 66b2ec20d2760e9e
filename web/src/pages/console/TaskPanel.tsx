// One task beside the list it was opened from (the queue, the publisher view): the publisher, the clock in words,
// what was asked, whom to contact and how, the contacts logged, and the actions. The task's id is the address's
// `?task=` parameter, so a reload or a shared link opens it again. On a desktop the panel sits beside the list;
// on a phone it covers the page.
import {
  Badge,
  Button,
  DrawerBody,
  DrawerHeader,
  DrawerHeaderTitle,
  InlineDrawer,
  Link,
  makeStyles,
  OverlayDrawer,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useId, type ReactNode } from 'react';
import type { StaffMember } from '../../api/model.ts';
import { ClockBadge } from '../../components/ClockBadge.tsx';
import { Gate, SuccessBar } from '../../components/Feedback.tsx';
import { Thread } from '../../components/Thread.tsx';
import { useNarrow, useNotice } from '../../hooks.ts';
import { useI18n, type I18n } from '../../i18n/i18n.tsx';
import { useProgram } from '../../program.ts';
import { useApi } from '../../queries.ts';
import { useSearchParam } from '../../router.tsx';
import { OfferChangeDecision, OfferChangeFacts } from './OfferChange.tsx';
import { TaskActions, taskSubject, type TaskHandlers } from './TaskTable.tsx';

const useStyles = makeStyles({
  split: { display: 'flex', gap: '16px', alignItems: 'flex-start' },
  list: { flex: '1 1 0', minWidth: 0, display: 'flex', flexDirection: 'column', gap: '16px' },
  // Beside the list, in view while the list scrolls.
  inline: {
    width: '400px',
    flexShrink: 0,
    position: 'sticky',
    top: '0',
    maxHeight: '100vh',
    borderLeft: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  body: { display: 'flex', flexDirection: 'column', gap: '16px', paddingBottom: '24px' },
  section: { display: 'flex', flexDirection: 'column', gap: '4px', minWidth: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground2 },
  // The publisher's own words, line breaks kept, long words broken rather than widening the panel.
  asked: {
    margin: 0,
    padding: '8px 12px',
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
  },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'max-content minmax(0, 1fr)',
    columnGap: '12px',
    rowGap: '2px',
    margin: 0,
  },
  pair: { display: 'contents' },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, overflowWrap: 'anywhere' },
  people: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '12px' },
  person: { display: 'flex', flexDirection: 'column', gap: '2px', overflowWrap: 'anywhere' },
  badges: { display: 'flex', gap: '4px', flexWrap: 'wrap' },
  history: { margin: 0, paddingLeft: '20px', display: 'flex', flexDirection: 'column', gap: '6px' },
});

/**
 * The list (`children`) and, when the address names a task, its panel: beside the list on a desktop, over the
 * page on a phone. `handlers` are the list's own, so a dialog opened from the panel is the list's dialog.
 */
export function WithTaskPanel({
  children,
  staff,
  meId,
  handlers,
}: {
  children: ReactNode;
  staff: StaffMember[];
  meId: string;
  handlers: TaskHandlers;
}) {
  const styles = useStyles();
  const narrow = useNarrow();
  const { t } = useI18n();
  const titleId = useId();
  const [taskId, setTaskId] = useSearchParam('task');
  const close = () => setTaskId(null);
  const panel = taskId && (
    <>
      <DrawerHeader>
        <DrawerHeaderTitle
          heading={{ as: 'h2', id: titleId }}
          action={
            <Button
              appearance="subtle"
              aria-label={t('taskPanel.close')}
              icon={<CloseIcon />}
              onClick={close}
            />
          }
        >
          {t('taskPanel.title')}
        </DrawerHeaderTitle>
      </DrawerHeader>
      <DrawerBody className={styles.body}>
        <TaskPanel key={taskId} taskId={taskId} staff={staff} meId={meId} handlers={handlers} />
      </DrawerBody>
    </>
  );
  if (narrow)
    return (
      <>
        {children}
        <OverlayDrawer
          open={Boolean(taskId)}
          size="full"
          position="end"
          aria-labelledby={titleId}
          onOpenChange={(_, data) => !data.open && close()}
        >
          {panel}
        </OverlayDrawer>
      </>
    );
  return (
    <div className={styles.split}>
      <div className={styles.list}>{children}</div>
      {taskId && (
        <InlineDrawer open position="end" className={styles.inline} role="region" aria-labelledby={titleId}>
          {panel}
        </InlineDrawer>
      )}
    </div>
  );
}

function TaskPanel({
  taskId,
  staff,
  meId,
  handlers,
}: {
  taskId: string;
  staff: StaffMember[];
  meId: string;
  handlers: TaskHandlers;
}) {
  const styles = useStyles();
  const i18n = useI18n();
  const { t, tOr, date, dateTime, usd } = i18n;
  const loaded = useApi('/api/v1/tasks/{taskId}', { params: { path: { taskId } } });
  const publisherId = loaded.data?.task.publisherId;
  // The tier, when it comes: one more read, cached with the publisher view's.
  const tier = useApi(
    '/api/v1/publishers/{publisherId}/benefits',
    { params: { path: { publisherId: publisherId ?? '' } } },
    { enabled: Boolean(publisherId) },
  ).data?.tier;
  const program = useProgram().data;
  const [decided, setDecided] = useNotice();
  return (
    <Gate loaded={loaded}>
      {({ task, asked, whomToContact, contacts }) => {
        const open = task.status === 'open' || task.status === 'contacted';
        // A ticket, request or dispute is a conversation: its thread shows what was asked and every reply.
        const conversationId = task.supportTicketId ?? task.technicalRequestId ?? task.disputeId;
        const benefit =
          asked.benefitId &&
          tOr(
            `benefitName.${asked.benefitId}`,
            program?.benefits.find((b) => b.id === asked.benefitId)?.name ?? asked.benefitId,
          );
        const facts: [string, ReactNode][] = [];
        if (asked.subject) facts.push([t('ticket.subject'), asked.subject]);
        if (benefit) facts.push([t('taskPanel.benefit'), benefit]);
        if (asked.grantUsdCents !== null) facts.push([t('taskPanel.grant'), usd(asked.grantUsdCents)]);
        if (asked.stage) facts.push([t('tech.stage'), t(`stage.${asked.stage}`)]);
        if (asked.solution) facts.push([t('tech.solution'), t(`solution.${asked.solution}`)]);
        if (asked.offerName) facts.push([t('tech.offer'), asked.offerName]);
        return (
          <>
            <section className={styles.section}>
              <Text weight="semibold" size={400}>
                {taskSubject(i18n, task)}
              </Text>
              <Text>
                {task.companyName} ({task.mpnId})
                {tier && ` · ${t('rewards.tier', { tier: tOr(`tier.${tier.id}`, tier.name) })}`}
              </Text>
              {handlers.openPublisher && (
                <Link as="button" onClick={() => handlers.openPublisher!(task)}>
                  {t('taskPanel.openPublisher')}
                </Link>
              )}
              <div className={styles.badges}>
                <ClockBadge clock={task.clock} />
                {task.escalatedAt && task.status === 'open' && (
                  <Badge appearance="outline" color="danger">
                    {t('console.escalated')}
                  </Badge>
                )}
              </div>
              <Text>{clockInWords(i18n, task)}</Text>
              <Text className={styles.muted}>
                {t('taskPanel.labelled', {
                  label: t('console.assignee'),
                  value: task.assigneeName ?? t('console.unassigned'),
                })}
              </Text>
            </section>
            {decided && <SuccessBar>{decided}</SuccessBar>}
            {open && <TaskActions task={task} staff={staff} meId={meId} handlers={handlers} primary />}
            {asked.offerChange && (
              <section className={styles.section}>
                <h3 className={styles.heading}>{t('offerChange.title')}</h3>
                <OfferChangeFacts change={asked.offerChange} />
                {asked.offerChange.note && <p className={styles.asked}>{asked.offerChange.note}</p>}
                {open && asked.offerChange.status === 'pending' && (
                  <OfferChangeDecision task={task} change={asked.offerChange} onDecided={setDecided} />
                )}
              </section>
            )}
            {/* A dispute's thread says what was asked (the line or the figure, the note): no empty heading. */}
            {(facts.length > 0 || !conversationId || task.kind === 'welcome') && !asked.offerChange && (
              <section className={styles.section}>
                <h3 className={styles.heading}>{t('taskPanel.asked')}</h3>
                {facts.length > 0 && (
                  <dl className={styles.facts}>
                    {facts.map(([term, value]) => (
                      <div key={term} className={styles.pair}>
                        <dt className={styles.term}>{term}</dt>
                        <dd className={styles.value}>{value}</dd>
                      </div>
                    ))}
                  </dl>
                )}
                {asked.description && !conversationId && <p className={styles.asked}>{asked.description}</p>}
                {task.kind === 'welcome' && (
                  <Text>
                    {t('taskPanel.welcome', { offer: asked.offerName ?? t('taskSubject.anOffer') })}
                  </Text>
                )}
              </section>
            )}
            {conversationId && (
              <section className={styles.section}>
                <Thread publisherId={task.publisherId} conversationId={conversationId} compact />
              </section>
            )}
            <section className={styles.section}>
              <h3 className={styles.heading}>{t('taskPanel.whom')}</h3>
              {whomToContact.length === 0 ? (
                <Text>{t('taskPanel.noOne')}</Text>
              ) : (
                <ul className={styles.people}>
                  {whomToContact.map((p) => (
                    <li key={`${p.userId}-${p.email}`} className={styles.person}>
                      <Text weight="semibold">{p.name}</Text>
                      <div className={styles.badges}>
                        {p.why.map((why) => (
                          <Badge key={why} appearance="tint" color="brand">
                            {why === 'marketing-contact'
                              ? t('contact.title')
                              : t(
                                  task.kind === 'support-ticket'
                                    ? 'taskPanel.openedTicket'
                                    : 'taskPanel.openedRequest',
                                )}
                          </Badge>
                        ))}
                        {!p.active && (
                          <Badge appearance="outline" color="warning">
                            {t('taskPanel.left')}
                          </Badge>
                        )}
                      </div>
                      <Link href={`mailto:${p.email}`}>{p.email}</Link>
                      {p.phone && <Link href={`tel:${p.phone}`}>{p.phone}</Link>}
                      {p.language && (
                        <Text className={styles.muted}>
                          {t('taskPanel.labelled', {
                            label: t('contact.language'),
                            value: i18n.language(p.language),
                          })}
                        </Text>
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </section>
            <section className={styles.section}>
              <h3 className={styles.heading}>{t('console.history')}</h3>
              {contacts.length === 0 ? (
                <Text>{t('console.noHistory')}</Text>
              ) : (
                <ul className={styles.history}>
                  {contacts.map((c) => (
                    <li key={c.id}>
                      <Text weight="semibold">{dateTime(c.contactedAt)}</Text> · {t(`channel.${c.channel}`)} ·{' '}
                      {c.contactedByName}: {c.note}
                    </li>
                  ))}
                </ul>
              )}
              <Text className={styles.muted}>{t('taskPanel.created', { date: date(task.createdAt) })}</Text>
            </section>
          </>
        );
      }}
    </Gate>
  );
}

/** "Due in 2 days", "Late by 3 days", "Contacted on ...": the clock in words, beside its badge. */
function clockInWords(
  i18n: I18n,
  task: { status: string; clock: string; dueAt: string; contactedAt: string | null; closedAt: string | null },
): string {
  const { t, relative, dateTime } = i18n;
  if (task.status === 'done' || task.status === 'cancelled')
    return `${t(task.status === 'done' ? 'status.done' : 'status.cancelled')} · ${dateTime(task.closedAt ?? task.dueAt)}`;
  if (task.contactedAt) return t('taskPanel.contactedOn', { date: dateTime(task.contactedAt) });
  const late = Date.now() - Date.parse(task.dueAt);
  if (late <= 0) return t('taskPanel.dueIn', { when: relative(task.dueAt) });
  const hours = late / 3_600_000;
  const [amount, unit] =
    hours < 48 ? [Math.max(1, Math.round(hours)), 'hour'] : [Math.round(hours / 24), 'day'];
  const duration = new Intl.NumberFormat(i18n.locale, { style: 'unit', unit, unitDisplay: 'long' }).format(
    amount,
  );
  return t('taskPanel.lateBy', { duration });
}

const CloseIcon = () => (
  <svg width="20" height="20" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
    <path d="M5 5l10 10M15 5L5 15" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
  </svg>
);
