// A draft open for editing: its name, the forms of every part of the program, the problems found at the last
// save (each beside its field, all in a summary), the changes against the version in force, and Publish.
import { Button, Divider, Field, Input, makeStyles, Tab, TabList, Text } from '@fluentui/react-components';
import { useState } from 'react';
import { client, ok } from '../../../api.ts';
import { ConfirmDialog } from '../../../components/ConfirmDialog.tsx';
import { ErrorBar, SuccessBar } from '../../../components/Feedback.tsx';
import { useDialog, useNotice, useSubmission } from '../../../hooks.ts';
import { useI18n } from '../../../i18n/i18n.tsx';
import { invalidate } from '../../../queries.ts';
import { DiffView } from './DiffView.tsx';
import { DraftForms } from './DraftForms.tsx';
import { DraftWhatIf } from './DraftWhatIf.tsx';
import { withValue, type Doc, type Draft } from './model.ts';
import { ProblemSummary } from './ProblemSummary.tsx';
import { PublishPanel } from './PublishPanel.tsx';

const useStyles = makeStyles({
  editor: { display: 'flex', flexDirection: 'column', gap: '16px', minWidth: 0 },
  bar: { display: 'flex', flexWrap: 'wrap', gap: '8px', alignItems: 'end' },
  name: { flexGrow: 1, minWidth: 'min(100%, 240px)' },
});

const tomorrow = () => new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);

export function DraftEditor({
  draft,
  onClose,
  onPublished,
}: {
  draft: Draft;
  onClose: () => void;
  onPublished: (version: string, effectiveFrom: string) => void;
}) {
  const styles = useStyles();
  const { t } = useI18n();
  const [name, setName] = useState(draft.name);
  const [doc, setDoc] = useState<Doc>(draft.document);
  const [saved, setSaved] = useState({ revision: draft.revision, problems: draft.problems });
  const [dirty, setDirty] = useState(false);
  const [tab, setTab] = useState<'edit' | 'changes' | 'what-if'>('edit');
  // The day it would take effect: what the What if tab simulates at, and what Publish publishes with.
  const [effectiveFrom, setEffectiveFrom] = useState(tomorrow);
  const [notice, setNotice] = useNotice();
  const { busy, error, run } = useSubmission();
  const draftId = draft.id;
  // Leaving with changes not saved asks first: a draft is often an afternoon's work.
  const leaving = useDialog<true>();

  const change = (pointer: string, value: unknown) => {
    setDoc((d) => withValue(d, pointer, value));
    setDirty(true);
    setNotice(undefined);
  };
  const save = () =>
    run(async () => {
      const answer = await ok(
        client.PUT('/api/v1/program/drafts/{draftId}', {
          params: { path: { draftId } },
          body: { revision: saved.revision, name, document: doc },
        }),
      );
      setSaved({ revision: answer.revision, problems: answer.problems });
      setDirty(false);
      const count = answer.problems.length;
      setNotice((i) => (count === 0 ? i.t('drafts.saved') : i.t('drafts.savedWithProblems', { count })));
      await invalidate(['/api/v1/program/drafts', '/api/v1/program/drafts/{draftId}/diff']);
    });
  const blocked = dirty
    ? t('drafts.publishSaveFirst')
    : saved.problems.length > 0
      ? t('drafts.publishBlocked')
      : undefined;

  return (
    <div className={styles.editor}>
      <div className={styles.bar}>
        <Field label={t('drafts.draftName')} className={styles.name}>
          <Input
            value={name}
            onChange={(_, d) => {
              setName(d.value);
              setDirty(true);
            }}
          />
        </Field>
        <Button appearance="primary" disabled={busy} onClick={() => void save()}>
          {busy ? t('drafts.saving') : t('drafts.save')}
        </Button>
        <Button onClick={() => (dirty ? leaving.show(true) : onClose())}>{t('drafts.back')}</Button>
      </div>
      {dirty && <Text italic>{t('drafts.unsaved')}</Text>}
      {notice && <SuccessBar>{notice}</SuccessBar>}
      {error && <ErrorBar error={error} />}
      <ProblemSummary doc={doc} problems={saved.problems} />
      <TabList selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as typeof tab)}>
        <Tab value="edit">{t('drafts.tab.edit')}</Tab>
        <Tab value="changes">{t('drafts.tab.changes')}</Tab>
        <Tab value="what-if">{t('draftWhatIf.title')}</Tab>
      </TabList>
      {tab === 'edit' && <DraftForms doc={doc} problems={saved.problems} readOnly={false} change={change} />}
      {tab === 'changes' && <DiffView draftId={draftId} doc={doc} unsaved={dirty} />}
      {tab === 'what-if' && <DraftWhatIf doc={doc} effectiveFrom={effectiveFrom} />}
      <Divider />
      <PublishPanel
        draftId={draftId}
        revision={saved.revision}
        blocked={blocked}
        effectiveFrom={effectiveFrom}
        onEffectiveFrom={setEffectiveFrom}
        onPublished={onPublished}
      />
      <ConfirmDialog
        open={leaving.open}
        title={t('drafts.leaveTitle')}
        confirm={t('drafts.leave')}
        onConfirm={() => {
          leaving.hide();
          onClose();
        }}
        onClose={leaving.hide}
      >
        {t('drafts.leaveBody')}
      </ConfirmDialog>
    </div>
  );
}
