// The program's versions (program admins): the one in force, those scheduled and past, each to download as a
// file; a new version published from a file, checked by the service as a program file is (the problems are
// listed by field), taking effect on its date.
import { Badge, Button, Card, Field, makeStyles, Text, Title3 } from '@fluentui/react-components';
import { useState, type ChangeEvent } from 'react';
import { ApiError, client, ok } from '../../api.ts';
import type { ProgramInfo } from '../../api/model.ts';
import { ErrorBar, Gate, SuccessBar } from '../../components/Feedback.tsx';
import { useNotice, useSubmission } from '../../hooks.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { invalidate, useApi } from '../../queries.ts';
import { VersionView } from './drafts/VersionView.tsx';
import { WhatIf } from './WhatIf.tsx';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', gap: '12px', padding: '16px' },
  list: { margin: 0, paddingLeft: '20px', display: 'flex', flexDirection: 'column', gap: '6px' },
  problems: { margin: 0, paddingLeft: '20px' },
});

export function Programs() {
  const styles = useStyles();
  const i18n = useI18n();
  const { t, date } = i18n;
  const loaded = useApi('/api/v1/program', {});
  const [notice, setNotice] = useNotice();
  const { busy, error, setError, run } = useSubmission();
  const [viewing, setViewing] = useState<string>();

  const download = async (version: string) => {
    const program = await ok(
      client.GET('/api/v1/program/versions/{version}', { params: { path: { version } } }),
    );
    const link = document.createElement('a');
    link.href = URL.createObjectURL(
      new Blob([JSON.stringify(program, null, 2)], { type: 'application/json' }),
    );
    link.download = `${version}.json`;
    link.click();
    URL.revokeObjectURL(link.href);
  };

  const publish = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setNotice(undefined);
    let doc: unknown;
    try {
      doc = JSON.parse(await file.text());
    } catch {
      setError(new ApiError(422, 'validation-failed', t('programs.notJson', { file: file.name })));
      return;
    }
    await run(async () => {
      const published = await ok(client.POST('/api/v1/program/versions', { body: doc as ProgramInfo }));
      setNotice((i) =>
        i.t('programs.published', { version: published.version, date: i.date(published.effectiveFrom) }),
      );
      await invalidate(['/api/v1/program']);
    });
  };

  return (
    <Gate loaded={loaded}>
      {(program) => {
        const today = new Date().toISOString().slice(0, 10);
        const versions = [...program.versions].sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom));
        return (
          <Card className={styles.card}>
            <Title3 as="h2">{t('programs.title')}</Title3>
            <ul className={styles.list}>
              {versions.map((v) => (
                <li key={v.version}>
                  <Text weight="semibold">{v.version}</Text> ·{' '}
                  {t('programs.from', { date: date(v.effectiveFrom) })}{' '}
                  {v.version === program.inForce.version ? (
                    <Badge appearance="tint" color="success">
                      {t('programs.inForce')}
                    </Badge>
                  ) : v.effectiveFrom > today ? (
                    <Badge appearance="tint" color="informative">
                      {t('programs.scheduled')}
                    </Badge>
                  ) : (
                    <Badge appearance="outline">{t('programs.past')}</Badge>
                  )}{' '}
                  <Button size="small" appearance="transparent" onClick={() => setViewing(v.version)}>
                    {t('drafts.view')}
                  </Button>
                  <Button size="small" appearance="transparent" onClick={() => void download(v.version)}>
                    {t('programs.download')}
                  </Button>
                </li>
              ))}
            </ul>
            <Field label={t('programs.publish')} hint={t('programs.publishHint')}>
              <input
                type="file"
                // A native input takes no label from Fluent's Field: it names itself.
                aria-label={t('programs.publish')}
                accept="application/json,.json"
                disabled={busy}
                onChange={(e) => void publish(e)}
              />
            </Field>
            {notice && <SuccessBar>{notice}</SuccessBar>}
            {error && <ErrorBar error={error} />}
            {error && error.errors.length > 0 && (
              <ul className={styles.problems} aria-label={t('programs.problems')}>
                {error.errors.map((e) => (
                  <li key={`${e.pointer}-${e.detail}`}>
                    <Text>
                      {e.pointer.replace(/^\/body/, '') || '/'}: {e.detail}
                    </Text>
                  </li>
                ))}
              </ul>
            )}
            {viewing && <VersionView key={viewing} version={viewing} onClose={() => setViewing(undefined)} />}
            <WhatIf program={program.inForce} />
          </Card>
        );
      }}
    </Gate>
  );
}
