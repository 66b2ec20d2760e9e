// A published version, read only, with the editor's forms (the one in force, a scheduled one or a past one).
import { Button, Divider, makeStyles, Title3 } from '@fluentui/react-components';
import { Gate } from '../../../components/Feedback.tsx';
import { useI18n } from '../../../i18n/i18n.tsx';
import { useApi } from '../../../queries.ts';
import { DraftForms } from './DraftForms.tsx';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: '12px', minWidth: 0 },
});

export function VersionView({ version, onClose }: { version: string; onClose: () => void }) {
  const styles = useStyles();
  const { t } = useI18n();
  const loaded = useApi('/api/v1/program/versions/{version}', { params: { path: { version } } });
  return (
    <section className={styles.view} aria-label={t('drafts.viewing', { version })}>
      <Divider />
      <Title3 as="h3">{t('drafts.viewing', { version })}</Title3>
      <div>
        <Button onClick={onClose}>{t('drafts.close')}</Button>
      </div>
      <Gate loaded={loaded}>
        {(program) => <DraftForms doc={program} problems={[]} readOnly change={() => undefined} />}
      </Gate>
    </section>
  );
}
