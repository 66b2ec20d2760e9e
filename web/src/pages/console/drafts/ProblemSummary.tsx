// Every problem of the saved draft, each a link to its field (or to the nearest part shown).
import { Link, makeStyles, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useI18n } from '../../../i18n/i18n.tsx';
import { whereLabel } from './labels.ts';
import { fieldId, problemWords, type Doc, type DraftProblem } from './model.ts';

const useStyles = makeStyles({
  list: { margin: '4px 0 0', paddingLeft: '20px', overflowWrap: 'anywhere' },
});

/** Moves to the field of `pointer`, or to the nearest enclosing part that is on the page. */
function goTo(pointer: string) {
  let at = pointer;
  for (;;) {
    const element = document.getElementById(fieldId(at === '' ? '/' : at));
    if (element) {
      element.scrollIntoView({ block: 'center' });
      element.focus({ preventScroll: true });
      return;
    }
    if (at === '' || at === '/') return;
    at = at.slice(0, at.lastIndexOf('/'));
  }
}

export function ProblemSummary({ doc, problems }: { doc: Doc; problems: DraftProblem[] }) {
  const styles = useStyles();
  const i18n = useI18n();
  const { t } = i18n;
  if (problems.length === 0) {
    return (
      <MessageBar intent="success">
        <MessageBarBody>{t('drafts.noProblems')}</MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t('drafts.problems', { count: problems.length })}</MessageBarTitle>
        <ul className={styles.list} aria-label={t('drafts.problems', { count: problems.length })}>
          {problems.map((p) => (
            <li key={`${p.path} ${p.code}`}>
              <Link
                href={`#${fieldId(p.path)}`}
                onClick={(e) => {
                  e.preventDefault();
                  goTo(p.path);
                }}
              >
                {whereLabel(i18n, doc, p.path)}
              </Link>
              {t('drafts.separator')}
              {problemWords(i18n, doc, p)}
            </li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
