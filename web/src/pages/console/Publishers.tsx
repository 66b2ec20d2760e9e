// Publishers (program admins): register one by its MPN ID with its owner (the owner's one-time invitation link is
// shown once), and roll a publisher profile into another's company, so their billed sales count together (L2).
import { Button, Card, Field, Input, makeStyles, Text, Title3 } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { client, ok } from '../../api.ts';
import type { Publisher } from '../../api/model.ts';
import { ErrorBar, fieldProps, SuccessBar } from '../../components/Feedback.tsx';
import { PublisherPicker } from '../../components/PublisherPicker.tsx';
import { useNotice, useSubmission } from '../../hooks.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { invalidate } from '../../queries.ts';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', gap: '12px', padding: '16px' },
  form: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 240px), 1fr))',
    gap: '12px',
  },
  link: { wordBreak: 'break-all', fontFamily: 'monospace' },
  row: { display: 'flex', flexWrap: 'wrap', gap: '8px', alignItems: 'flex-end' },
  picker: { width: 'min(100%, 320px)' },
});

export function Publishers() {
  return (
    <>
      <Register />
      <Companies />
    </>
  );
}

function Register() {
  const styles = useStyles();
  const i18n = useI18n();
  const { t, date } = i18n;
  const [mpnId, setMpnId] = useState('');
  const [companyName, setCompanyName] = useState('');
  const [accountEmail, setAccountEmail] = useState('');
  const [ownerName, setOwnerName] = useState('');
  const [ownerEmail, setOwnerEmail] = useState('');
  const [made, setMade] = useState<{ name: string; url: string; expiresAt: string }>();
  const { busy, error, run } = useSubmission();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setMade(undefined);
    await run(async () => {
      const created = await ok(
        client.POST('/api/v1/publishers', {
          body: {
            mpnId: mpnId.trim(),
            companyName,
            accountEmail,
            owner: { email: ownerEmail, displayName: ownerName },
          },
        }),
      );
      setMade({ name: created.companyName, ...created.ownerInvitation });
      for (const set of [setMpnId, setCompanyName, setAccountEmail, setOwnerName, setOwnerEmail]) set('');
      await invalidate(['/api/v1/publishers']);
    });
  };
  const field = (name: string) => fieldProps(i18n, error, name);

  return (
    <Card className={styles.card}>
      <Title3 as="h2">{t('register.title')}</Title3>
      <form className={styles.form} onSubmit={(e) => void submit(e)} noValidate>
        <Field label={t('register.mpnId')} hint={t('register.mpnIdHint')} required {...field('mpnId')}>
          <Input inputMode="numeric" value={mpnId} onChange={(_, d) => setMpnId(d.value)} />
        </Field>
        <Field label={t('register.companyName')} required {...field('companyName')}>
          <Input value={companyName} onChange={(_, d) => setCompanyName(d.value)} />
        </Field>
        <Field label={t('register.accountEmail')} required {...field('accountEmail')}>
          <Input type="email" value={accountEmail} onChange={(_, d) => setAccountEmail(d.value)} />
        </Field>
        <Field label={t('register.ownerName')} required {...field('owner/displayName')}>
          <Input value={ownerName} onChange={(_, d) => setOwnerName(d.value)} />
        </Field>
        <Field label={t('register.ownerEmail')} required {...field('owner/email')}>
          <Input type="email" value={ownerEmail} onChange={(_, d) => setOwnerEmail(d.value)} />
        </Field>
        <div className={styles.row}>
          <Button type="submit" appearance="primary" disabled={busy}>
            {t('register.submit')}
          </Button>
        </div>
      </form>
      {error && <ErrorBar error={error} />}
      {made && (
        <SuccessBar>
          {t('register.done', { name: made.name, date: date(made.expiresAt) })}{' '}
          <span className={styles.link}>{made.url}</span>
        </SuccessBar>
      )}
    </Card>
  );
}

function Companies() {
  const styles = useStyles();
  const i18n = useI18n();
  const { t } = i18n;
  // Both found by searching (PublisherPicker): the list is never loaded whole.
  const [profile, setProfile] = useState<Publisher | null>(null);
  const [into, setInto] = useState<Publisher | null>(null);
  const [notice, setNotice] = useNotice();
  const { busy, error, run } = useSubmission();
  const label = (p: Publisher) => `${p.companyName} (${p.mpnId})`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setNotice(undefined);
    const [moved, target] = [profile, into];
    if (!target || !moved) return;
    await run(async () => {
      const after = await ok(
        client.PUT('/api/v1/publishers/{publisherId}/company', {
          params: { path: { publisherId: moved.id } },
          body: { companyId: target.companyId },
        }),
      );
      setProfile(after);
      setNotice((i) => i.t('company.done', { profile: label(moved), company: label(target) }));
      await invalidate(['/api/v1/publishers', '/api/v1/publishers/{publisherId}']);
    });
  };

  return (
    <Card className={styles.card}>
      <Title3 as="h2">{t('company.title')}</Title3>
      <Text>{t('company.rule')}</Text>
      <form className={styles.row} onSubmit={(e) => void submit(e)} noValidate>
        <Field label={t('company.profile')}>
          <PublisherPicker
            className={styles.picker}
            value={profile}
            onChange={setProfile}
            placeholder={t('picker.search')}
          />
        </Field>
        <Field label={t('company.into')}>
          <PublisherPicker
            className={styles.picker}
            value={into}
            onChange={setInto}
            placeholder={t('picker.search')}
          />
        </Field>
        <Button type="submit" disabled={busy || !profile || !into || profile.id === into.id}>
          {t('company.submit')}
        </Button>
      </form>
      {notice && <SuccessBar>{notice}</SuccessBar>}
      {error && <ErrorBar error={error} />}
    </Card>
  );
}
