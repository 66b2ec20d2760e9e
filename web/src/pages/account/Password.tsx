// Change one's password: the current one, a strong new one; every other session ends.
import { Button, Card, Field, Input, Title3 } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { client, ok } from '../../api.ts';
import { ErrorBar, fieldProps, SuccessBar } from '../../components/Feedback.tsx';
import { useNotice, useSubmission } from '../../hooks.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { invalidate } from '../../queries.ts';
import { useAccountStyles as useStyles } from './styles.ts';

export function Password() {
  const styles = useStyles();
  const i18n = useI18n();
  const { t } = i18n;
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [notice, setNotice] = useNotice();
  const { busy, error, run } = useSubmission();
  const save = (event: FormEvent) => {
    event.preventDefault();
    return run(async () => {
      const { ended } = await ok(
        client.PUT('/api/v1/account/password', { body: { currentPassword: current, newPassword: next } }),
      );
      setCurrent('');
      setNext('');
      setNotice((i) => i.t('account.password.changed', { count: ended }));
      await invalidate(['/api/v1/account/sessions']);
    });
  };
  const fieldError = error && (error.field('currentPassword') || error.field('newPassword'));
  return (
    <Card className={styles.card}>
      <Title3 as="h2">{t('account.password.title')}</Title3>
      <form className={styles.form} onSubmit={(e) => void save(e)} noValidate>
        {error && !fieldError && <ErrorBar error={error} />}
        {notice && <SuccessBar>{notice}</SuccessBar>}
        <Field label={t('account.password.current')} required {...fieldProps(i18n, error, 'currentPassword')}>
          <Input
            type="password"
            autoComplete="current-password"
            value={current}
            onChange={(_, d) => setCurrent(d.value)}
          />
        </Field>
        <Field
          label={t('account.password.new')}
          hint={t('account.password.newHint')}
          required
          {...fieldProps(i18n, error, 'newPassword')}
        >
          <Input
            type="password"
            autoComplete="new-password"
            value={next}
            onChange={(_, d) => setNext(d.value)}
          />
        </Field>
        <div>
          <Button appearance="primary" type="submit" disabled={busy}>
            {t('account.password.save')}
          </Button>
        </div>
      </form>
    </Card>
  );
}
