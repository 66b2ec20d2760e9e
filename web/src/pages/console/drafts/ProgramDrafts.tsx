// Drafts of the next program version (program admins): start one from the version in force or from a program
// file, open it in the editor, download it as a file, delete it. Mounted by the Programs tab.
import { Button, Card, Field, Input, makeStyles, Text, Title3 } from '@fluentui/react-components';
import { useState, type ChangeEvent } from 'react';
import { ApiError, client, ok } from '../../../api.ts';
import { ConfirmDialog } from '../../../components/ConfirmDialog.tsx';
import { Empty, ErrorBar, Gate, SuccessBar } from '../../../components/Feedback.tsx';
import { useDialog, useNotice, useSubmission } from '../../../hooks.ts';
import { useI18n } from '../../../i18n/i18n.tsx';
import { invalidate, useApi } from '../../../queries.ts';
import { DraftEditor } from './DraftEditor.tsx';
import { downloadJson } from './download.ts';
import { isObject, type Draft } from './model.ts';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', gap: '12px', padding: '16px', minWidth: 0 },
  list: { margin: 0, paddingLeft: '20px', display: 'flex', flexDirection: 'column', gap: '10px' },
  item: { overflowWrap: 'anywhere' },
  row: { display: 'flex', flexWrap: 'wrap', gap: '8px', alignItems: 'end' },
  grow: { flexGrow: 1, minWidth: 'min(100%, 220px)' },
});

export function ProgramDrafts() {
  const styles = useStyles();
  const i18n = useI18n();
  const { t } = i18n;
  const drafts = useApi('/api/v1/program/drafts', {});
  // The default name names the version in force: New draft waits until it is known.
  const inForce = useApi('/api/v1/program', {}).data?.inForce.version ?? '';
  const [name, setName] = useState('');
  const [opened, setOpened] = useState<Draft>();
  const [notice, setNotice] = useNotice();
  const { busy, error, setError, run } = useSubmission();
  const removal = useDialog<{ id: string; name: string }>();

  const open = (draftId: string) =>
    run(async () => {
      setNotice(undefined);
      setOpened(await ok(client.GET('/api/v1/program/drafts/{draftId}', { params: { path: { draftId } } })));
    });
  const create = (body: { name: string; document?: Record<string, unknown> }) =>
    run(async () => {
      const draft = await ok(client.POST('/api/v1/program/drafts', { body }));
      await invalidate(['/api/v1/program/drafts']);
      setNotice((i) => i.t('drafts.created', { name: draft.name }));
      setName('');
      setOpened(draft);
    });
  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    let doc: unknown;
    try {
      doc = JSON.parse(await file.text());
    } catch {
      doc = undefined;
    }
    if (!isObject(doc)) {
      setError(new ApiError(422, 'validation-failed', t('programs.notJson', { file: file.name })));
      return;
    }
    await create({ name: file.name.replace(/\.json$/i, '').slice(0, 100) || file.name, document: doc });
  };
  const remove = (draft: { id: string; name: string }) =>
    run(async () => {
      await ok(
        client.DELETE('/api/v1/program/drafts/{draftId}', { params: { path: { draftId: draft.id } } }),
      );
      await invalidate(['/api/v1/program/drafts']);
      setNotice((i) => i.t('drafts.deleted', { name: draft.name }));
    });
  const download = async (draftId: string, draftName: string) => {
    const doc = await ok(
      client.GET('/api/v1/program/drafts/{draftId}/export', { params: { path: { draftId } } }),
    );
    downloadJson(doc, draftName);
  };

  if (opened) {
    return (
      <Card className={styles.card}>
        <Title3 as="h2">{t('drafts.editing', { name: opened.name })}</Title3>
        <DraftEditor
          key={opened.id}
          draft={opened}
          onClose={() => setOpened(undefined)}
          onPublished={(version, date) => {
            setOpened(undefined);
            setNotice((i) => i.t('programs.published', { version, date: i.date(date) }));
            void invalidate(['/api/v1/program', '/api/v1/program/drafts']);
          }}
        />
      </Card>
    );
  }
  return (
    <Card className={styles.card}>
      <Title3 as="h2">{t('drafts.title')}</Title3>
      <Text>{t('drafts.intro')}</Text>
      {notice && <SuccessBar>{notice}</SuccessBar>}
      {error && <ErrorBar error={error} />}
      <Gate loaded={drafts}>
        {({ items }) =>
          items.length === 0 ? (
            <Empty>{t('drafts.none')}</Empty>
          ) : (
            <ul className={styles.list} aria-label={t('drafts.title')}>
              {items.map((d) => (
                <li key={d.id} className={styles.item}>
                  <Text weight="semibold">{d.name}</Text>
                  {d.version && <Text> · {d.version}</Text>}
                  <br />
                  <Text size={200}>
                    {t('drafts.savedBy', { date: i18n.dateTime(d.updatedAt), who: d.updatedBy })}
                  </Text>
                  <div className={styles.row}>
                    <Button size="small" disabled={busy} onClick={() => void open(d.id)}>
                      {t('drafts.open')}
                    </Button>
                    <Button size="small" appearance="transparent" onClick={() => void download(d.id, d.name)}>
                      {t('programs.download')}
                    </Button>
                    <Button size="small" appearance="transparent" onClick={() => removal.show(d)}>
                      {t('drafts.delete')}
                    </Button>
                  </div>
                </li>
              ))}
            </ul>
          )
        }
      </Gate>
      <div className={styles.row}>
        <Field label={t('drafts.draftName')} className={styles.grow}>
          <Input
            value={name}
            placeholder={t('drafts.defaultName', { version: inForce })}
            onChange={(_, d) => setName(d.value)}
          />
        </Field>
        <Button
          appearance="primary"
          disabled={busy || inForce === ''}
          onClick={() => void create({ name: name.trim() || t('drafts.defaultName', { version: inForce }) })}
        >
          {t('drafts.new')}
        </Button>
      </div>
      <Field label={t('drafts.import')} hint={t('drafts.importHint')}>
        <input
          type="file"
          aria-label={t('drafts.import')}
          accept="application/json,.json"
          disabled={busy}
          onChange={(e) => void importFile(e)}
        />
      </Field>
      <ConfirmDialog
        open={removal.open}
        title={t('drafts.deleteTitle')}
        confirm={t('drafts.delete')}
        onConfirm={() => {
          if (removal.target) void remove(removal.target);
          removal.hide();
        }}
        onClose={removal.hide}
      >
        <Text>{t('drafts.deleteBody', { name: removal.target?.name ?? '' })}</Text>
      </ConfirmDialog>
    </Card>
  );
}
