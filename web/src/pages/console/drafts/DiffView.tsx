// What the saved draft changes against the version in force, one sentence per change, in the reader's words.
import { makeStyles, Text } from '@fluentui/react-components';
import { Empty, Gate } from '../../../components/Feedback.tsx';
import { useI18n } from '../../../i18n/i18n.tsx';
import { useApi } from '../../../queries.ts';
import { fieldLabel, subjectLabel, valueWords } from './labels.ts';
import { tierName, type Doc, type DraftChange } from './model.ts';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: '20px', display: 'flex', flexDirection: 'column', gap: '6px' },
  item: { overflowWrap: 'anywhere' },
});

export function DiffView({ draftId, doc, unsaved }: { draftId: string; doc: Doc; unsaved: boolean }) {
  const styles = useStyles();
  const i18n = useI18n();
  const { t } = i18n;
  const diff = useApi('/api/v1/program/drafts/{draftId}/diff', { params: { path: { draftId } } });
  const sentence = (c: DraftChange) => {
    const subject = subjectLabel(i18n, c);
    if (c.kind !== 'changed') return t(`drafts.change.${c.kind}`, { what: subject });
    const field =
      c.field === 'amountsByTier' && c.tierId
        ? t('drafts.field.amountAt', { tier: tierName(doc, c.tierId) })
        : fieldLabel(i18n, c.subject, c.field);
    const what =
      c.subject === 'languages' || c.subject === 'listing-option' ? subject : `${subject} · ${field}`;
    return t('drafts.change.changed', {
      what,
      before: valueWords(i18n, doc, c.field, c.before),
      after: valueWords(i18n, doc, c.field, c.after),
    });
  };
  return (
    <Gate loaded={diff}>
      {(d) => (
        <>
          <Text weight="semibold">{t('drafts.changesAgainst', { version: d.against })}</Text>
          {unsaved && <Text italic>{t('drafts.unsavedDiff')}</Text>}
          {d.changes.length === 0 ? (
            <Empty>{t('drafts.noChanges')}</Empty>
          ) : (
            <ul className={styles.list} aria-label={t('drafts.tab.changes')}>
              {d.changes.map((c, i) => (
                <li key={i} className={styles.item}>
                  <Text>{sentence(c)}</Text>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </Gate>
  );
}
