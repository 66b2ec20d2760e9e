// Publishing a saved draft without problems: an immutable version in force from a day today or later.
import { Button, Field, Input, makeStyles, Text, Title3 } from '@fluentui/react-components';
import { client, ok } from '../../../api.ts';
import { ErrorBar, fieldProps } from '../../../components/Feedback.tsx';
import { useSubmission } from '../../../hooks.ts';
import { useI18n } from '../../../i18n/i18n.tsx';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: '12px', maxWidth: '420px' },
});

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

export function PublishPanel({
  draftId,
  revision,
  blocked,
  effectiveFrom,
  onEffectiveFrom,
  onPublished,
}: {
  draftId: string;
  revision: number;
  /** Why publishing waits (unsaved changes, problems), in words; undefined when it may go. */
  blocked: string | undefined;
  /** The day it takes effect, shared with the editor's What if tab. */
  effectiveFrom: string;
  onEffectiveFrom: (day: string) => void;
  onPublished: (version: string, effectiveFrom: string) => void;
}) {
  const styles = useStyles();
  const i18n = useI18n();
  const { t } = i18n;
  const { busy, error, run } = useSubmission();
  const publish = () =>
    run(async () => {
      const published = await ok(
        client.POST('/api/v1/program/drafts/{draftId}/publish', {
          params: { path: { draftId } },
          body: { revision, effectiveFrom },
        }),
      );
      onPublished(published.version, published.effectiveFrom);
    });
  return (
    <section className={styles.panel} aria-label={t('drafts.publishTitle')}>
      <Title3 as="h3">{t('drafts.publishTitle')}</Title3>
      <Field
        label={t('drafts.effectiveFrom')}
        hint={t('drafts.effectiveHint')}
        {...fieldProps(i18n, error, 'effectiveFrom')}
      >
        <Input type="date" min={day(0)} value={effectiveFrom} onChange={(_, d) => onEffectiveFrom(d.value)} />
      </Field>
      {blocked && <Text italic>{blocked}</Text>}
      <div>
        <Button
          appearance="primary"
          disabled={busy || blocked !== undefined || effectiveFrom === ''}
          onClick={() => void publish()}
        >
          {busy ? t('drafts.publishing') : t('drafts.publish')}
        </Button>
      </div>
      {error && <ErrorBar error={error} />}
    </section>
  );
}
