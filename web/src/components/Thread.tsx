// A conversation: what was asked, every reply and status change, and a reply box. The same piece serves the
// publisher's conversation page and the rewards team's task panel; the team also resolves a ticket or request and
// decides a dispute from here.
import { Badge, Button, Field, makeStyles, Text, Textarea, Title3, tokens } from '@fluentui/react-components';
import { useRef, useState, type FormEvent } from 'react';
import { client, ok } from '../api.ts';
import type { Conversation } from '../api/model.ts';
import { useDialog, useFocusOnError, useNotice, useSubmission } from '../hooks.ts';
import { useI18n, type I18n } from '../i18n/i18n.tsx';
import { invalidate, useApi } from '../queries.ts';
import { useSession } from '../session.tsx';
import { ClockBadge } from './ClockBadge.tsx';
import { DecideDialog } from './DecideDialog.tsx';
import { ErrorBar, fieldProps, Gate, SuccessBar } from './Feedback.tsx';
import { ResolveDialog } from './ResolveDialog.tsx';

const useStyles = makeStyles({
  thread: { display: 'flex', flexDirection: 'column', gap: '12px', minWidth: 0 },
  head: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: '8px' },
  compactTitle: { margin: 0 },
  facts: { color: tokens.colorNeutralForeground2 },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '8px' },
  message: {
    padding: '10px 12px',
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    display: 'flex',
    flexDirection: 'column',
    gap: '4px',
    overflowWrap: 'anywhere',
  },
  team: { backgroundColor: tokens.colorBrandBackground2, marginLeft: 'min(48px, 8%)' },
  publisher: { backgroundColor: tokens.colorNeutralBackground1, marginRight: 'min(48px, 8%)' },
  event: { color: tokens.colorNeutralForeground2, fontStyle: 'italic', padding: '0 12px' },
  body: { whiteSpace: 'pre-wrap' },
  meta: { color: tokens.colorNeutralForeground3 },
  form: { display: 'flex', flexDirection: 'column', gap: '8px' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: '8px' },
});

/** The conversation's name: a ticket's subject, a request's offer, a dispute's line or the tier figure. */
export function threadTitle(i18n: I18n, c: Pick<Conversation, 'kind' | 'title' | 'offerName' | 'dispute'>) {
  switch (c.kind) {
    case 'support-ticket':
      return c.title ?? i18n.t('thread.kind.support-ticket');
    case 'technical-request':
      return i18n.t('thread.title.technical-request', { offer: c.offerName ?? '' });
    case 'dispute':
      return c.dispute?.line
        ? i18n.t('thread.title.dispute-line', { line: c.dispute.line.lineId })
        : i18n.t('thread.title.dispute-tier');
  }
}

const STATUS_COLOR = {
  'waiting-on-team': 'warning',
  'waiting-on-publisher': 'informative',
  resolved: 'success',
} as const;

/**
 * The conversation `conversationId` of the publisher. `compact`: inside the task panel, which already names the
 * work and what was asked; the thread then opens with its status under a small heading.
 */
export function Thread({
  publisherId,
  conversationId,
  compact = false,
}: {
  publisherId: string;
  conversationId: string;
  compact?: boolean;
}) {
  const loaded = useApi('/api/v1/publishers/{publisherId}/conversations/{conversationId}', {
    params: { path: { publisherId, conversationId } },
  });
  return <Gate loaded={loaded}>{(c) => <ThreadView conversation={c} compact={compact} />}</Gate>;
}

function ThreadView({ conversation: c, compact }: { conversation: Conversation; compact: boolean }) {
  const styles = useStyles();
  const i18n = useI18n();
  const { t, dateTime, date } = i18n;
  const { can, user } = useSession();
  const staff = user!.role === 'rewards-team' || user!.role === 'program-admin';
  const path = { publisherId: c.publisherId, conversationId: c.id };
  const [notice, setNotice] = useNotice();
  const [text, setText] = useState('');
  const { busy, error, run } = useSubmission();
  const form = useRef<HTMLFormElement>(null);
  useFocusOnError(form, error);
  const resolveDialog = useDialog<true>();
  const decideDialog = useDialog<true>();
  const refresh = () =>
    Promise.all([
      invalidate(
        [
          '/api/v1/publishers/{publisherId}/conversations/{conversationId}',
          '/api/v1/publishers/{publisherId}/conversations',
          '/api/v1/publishers/{publisherId}/support-tickets',
          '/api/v1/publishers/{publisherId}/technical-requests',
          '/api/v1/publishers/{publisherId}/billed-sales/lines',
          '/api/v1/publishers/{publisherId}/billed-sales',
        ],
        c.publisherId,
      ),
      // The queue and the task panel, whatever their filters.
      invalidate(['/api/v1/tasks', '/api/v1/tasks/{taskId}']),
    ]);
  const send = async (event: FormEvent) => {
    event.preventDefault();
    await run(async () => {
      await ok(
        client.POST('/api/v1/publishers/{publisherId}/conversations/{conversationId}/replies', {
          params: { path },
          // Only blanks: sent empty, so the field says "required" rather than "not in the expected form".
          body: { body: text.trim() ? text : '', language: i18n.locale },
        }),
      );
      setText('');
      await refresh();
      // Said once the thread shows the reply and the button is ready again.
      setNotice((i) => i.t('thread.sent'));
    });
  };
  const open = c.status !== 'resolved';
  return (
    <section className={styles.thread} aria-label={threadTitle(i18n, c)}>
      <div className={styles.head}>
        {compact ? (
          <Text as="h3" weight="semibold" size={400} className={styles.compactTitle}>
            {t('thread.messages')}
          </Text>
        ) : (
          <Title3 as="h2">{threadTitle(i18n, c)}</Title3>
        )}
        <Badge appearance="filled" color={STATUS_COLOR[c.status]}>
          {t(`thread.status.${c.status}`)}
        </Badge>
        {c.status === 'waiting-on-team' && <ClockBadge clock={c.clock} />}
      </div>
      {!compact && (
        <Text className={styles.facts}>
          {[
            t(`thread.kind.${c.kind}`),
            c.stage && i18n.tOr(`stage.${c.stage}`, c.stage),
            c.solution && i18n.tOr(`solution.${c.solution}`, c.solution),
            c.kind !== 'technical-request' && c.offerName,
            staff && c.companyName,
          ]
            .filter(Boolean)
            .join(' · ')}
        </Text>
      )}
      {c.status === 'waiting-on-team' && <Text>{t('thread.dueBy', { date: date(c.dueAt) })}</Text>}
      {c.dispute && <DisputeFacts dispute={c.dispute} />}
      <ol className={styles.list} aria-label={t('thread.messages')}>
        {c.messages.map((m) =>
          m.event === 'reply' || m.event === 'opened' || (m.event !== 'reopened' && m.body) ? (
            <li
              key={m.id}
              className={`${styles.message} ${m.side === 'team' ? styles.team : styles.publisher}`}
            >
              <Text size={200} className={styles.meta}>
                {m.event === 'opened' || m.event === 'reply'
                  ? `${m.authorName} · ${m.side === 'team' ? t('thread.teamSide') : c.companyName} · ${dateTime(m.at)}`
                  : `${t(`thread.event.${m.event}`, { name: m.authorName })} · ${dateTime(m.at)}`}
              </Text>
              {m.textRemoved ? (
                <Text italic>{t('thread.textRemoved')}</Text>
              ) : (
                <Text className={styles.body}>{m.body}</Text>
              )}
            </li>
          ) : (
            <li key={m.id} className={styles.event}>
              <Text size={200}>
                {t(`thread.event.${m.event}`, { name: m.authorName })} · {dateTime(m.at)}
              </Text>
            </li>
          ),
        )}
      </ol>
      {notice && <SuccessBar>{notice}</SuccessBar>}
      {can('conversations:reply') && (
        <form ref={form} className={styles.form} onSubmit={(e) => void send(e)} noValidate>
          {error && !error.field('body') && (
            <div tabIndex={-1} data-form-problem>
              <ErrorBar error={error} />
            </div>
          )}
          <Field
            label={t('thread.replyLabel')}
            hint={open ? undefined : t('thread.reopenHint')}
            {...fieldProps(i18n, error, 'body')}
          >
            <Textarea value={text} onChange={(_, d) => setText(d.value)} rows={4} resize="vertical" />
          </Field>
          <div className={styles.actions}>
            <Button appearance="primary" type="submit" disabledFocusable={busy}>
              {t('thread.send')}
            </Button>
            {/* A dispute ends with its decision; what the publisher writes after it is resolved like a ticket. */}
            {staff && open && (c.kind !== 'dispute' || c.dispute?.outcome) && (
              <Button onClick={() => resolveDialog.show(true)}>{t('thread.resolve')}</Button>
            )}
            {staff && c.kind === 'dispute' && !c.dispute?.outcome && (
              <Button onClick={() => decideDialog.show(true)}>{t('dispute.decide')}</Button>
            )}
          </div>
        </form>
      )}
      {resolveDialog.target && (
        <ResolveDialog
          key={resolveDialog.generation}
          open={resolveDialog.open}
          path={path}
          onClose={resolveDialog.hide}
          onDone={async () => {
            resolveDialog.hide();
            setNotice((i) => i.t('thread.resolvedNotice'));
            await refresh();
          }}
        />
      )}
      {decideDialog.target && (
        <DecideDialog
          key={decideDialog.generation}
          open={decideDialog.open}
          path={path}
          onClose={decideDialog.hide}
          onDone={async () => {
            decideDialog.hide();
            setNotice((i) => i.t('dispute.decided'));
            await refresh();
          }}
        />
      )}
    </section>
  );
}

function DisputeFacts({ dispute: d }: { dispute: NonNullable<Conversation['dispute']> }) {
  const { t, date, money, usd } = useI18n();
  return (
    <div>
      {d.line ? (
        <Text block>
          {t('dispute.lineFacts', {
            line: d.line.lineId,
            date: date(d.line.billedOn),
            amount: money(d.line.amountMinor, d.line.currency),
          })}
        </Text>
      ) : (
        <Text block>{t('dispute.tierFacts')}</Text>
      )}
      {d.outcome && (
        <Text block weight="semibold">
          {t(`dispute.outcome.${d.outcome}`)}
          {d.correctionUsdCents !== null &&
            ` · ${t('dispute.correctionFacts', { amount: usd(d.correctionUsdCents) })}`}
        </Text>
      )}
    </div>
  );
}
