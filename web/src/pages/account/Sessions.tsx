// The browsers a person is signed in on, each ended on its own or all the others at once.
import { Button, Card, Text, Title3 } from '@fluentui/react-components';
import { useState } from 'react';
import { asApiError, client, ok } from '../../api.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { ErrorBar, Gate, SuccessBar } from '../../components/Feedback.tsx';
import { useNotice } from '../../hooks.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { invalidate, useApi } from '../../queries.ts';
import { useAccountStyles as useStyles } from './styles.ts';

export function Sessions() {
  const styles = useStyles();
  const i18n = useI18n();
  const { t, dateTime } = i18n;
  const sessions = useApi('/api/v1/account/sessions', {});
  const [notice, setNotice] = useNotice();
  const [error, setError] = useState<ReturnType<typeof asApiError>>();
  const act = async (work: () => Promise<number>) => {
    setError(undefined);
    try {
      const ended = await work();
      setNotice((i) => i.t('account.sessions.ended', { count: ended }));
      await invalidate(['/api/v1/account/sessions']);
    } catch (e) {
      setError(asApiError(e));
    }
  };
  const endOne = (id: string) =>
    act(async () => {
      await ok(
        client.DELETE('/api/v1/account/sessions/{sessionId}', { params: { path: { sessionId: id } } }),
      );
      return 1;
    });
  const endOthers = () =>
    act(async () => (await ok(client.POST('/api/v1/account/sessions/others/end'))).ended);
  return (
    <Card className={styles.card}>
      <Title3 as="h2">{t('account.sessions.title')}</Title3>
      {error && <ErrorBar error={error} />}
      {notice && <SuccessBar>{notice}</SuccessBar>}
      <Gate loaded={sessions}>
        {({ items }) => (
          <>
            <DataTable
              label={t('account.sessions.title')}
              columns={[
                'account.sessions.browser',
                'account.sessions.address',
                'account.sessions.signedIn',
                'account.sessions.lastSeen',
                'col.actions',
              ]}
              items={items}
              rowKey={(s) => s.id}
              cells={(s) => [
                <Text className={styles.agent} title={s.userAgent ?? undefined}>
                  {browserName(s.userAgent) ?? t('account.sessions.unknown')}
                </Text>,
                s.ip ?? '',
                dateTime(s.signedInAt),
                dateTime(s.lastSeenAt),
                s.current ? (
                  <Text weight="semibold">{t('account.sessions.current')}</Text>
                ) : (
                  <Button size="small" onClick={() => void endOne(s.id)}>
                    {t('account.sessions.end')}
                  </Button>
                ),
              ]}
            />
            {items.some((s) => !s.current) && (
              <div className={styles.actions}>
                <Button onClick={() => void endOthers()}>{t('account.sessions.endOthers')}</Button>
              </div>
            )}
          </>
        )}
      </Gate>
    </Card>
  );
}

/**
 * A browser as people name it, from its User-Agent ("Chrome 150 · Linux"); null when it says nothing known. The
 * whole string stays in the cell's title.
 */
function browserName(agent: string | null): string | null {
  if (!agent) return null;
  const browser = /(Edg|OPR|Firefox|HeadlessChrome|Chrome|Version)\/(\d+)/.exec(agent);
  const names: Record<string, string> = { Edg: 'Edge', OPR: 'Opera', Version: 'Safari' };
  const system = /(Windows|Android|iPhone|iPad|Mac OS X|CrOS|Linux)/.exec(agent)?.[1];
  const systems: Record<string, string> = { 'Mac OS X': 'macOS', CrOS: 'ChromeOS' };
  const parts = [
    browser && `${names[browser[1]!] ?? browser[1]} ${browser[2]}`,
    system && (systems[system] ?? system),
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(' · ') : agent.slice(0, 60);
}
