// API tokens for the marketplace feed (program admins): create with scopes (shown once), list, revoke.
import { Button, Card, Checkbox, Field, Input, makeStyles, Text, Title3 } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { asApiError, client, ok } from '../../api.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { Empty, ErrorBar, fieldProps, Gate, SuccessBar } from '../../components/Feedback.tsx';
import { OptionSelect } from '../../components/OptionSelect.tsx';
import { useSubmission } from '../../hooks.ts';
import { invalidate, useApi } from '../../queries.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import type { ApiToken } from '../../api/model.ts';

const useStyles = makeStyles({
  card: { padding: '16px', gap: '12px' },
  form: { display: 'flex', gap: '16px', alignItems: 'flex-end', flexWrap: 'wrap' },
  secret: { wordBreak: 'break-all', fontFamily: 'monospace' },
});

const SCOPES = ['billed-sales:write', 'offers:write'] as const;
/** How long a new token works: the service takes 1 to 365 days (90 unless told). */
const LIFETIMES = ['30', '90', '180', '365'] as const;

export function ApiTokens() {
  const styles = useStyles();
  const i18n = useI18n();
  const { t, date, dateTime } = i18n;
  const scopeLabel = (scope: string) => i18n.tOr(`tokens.scope.${scope}`, scope);
  const loaded = useApi('/api/v1/api-tokens', {});
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<(typeof SCOPES)[number][]>(['billed-sales:write']);
  const [lifetime, setLifetime] = useState<(typeof LIFETIMES)[number]>('90');
  const { busy, error, setError, run } = useSubmission();
  const [secret, setSecret] = useState<string>();
  const create = async (event: FormEvent) => {
    event.preventDefault();
    setSecret(undefined);
    await run(async () => {
      const created = await ok(
        client.POST('/api/v1/api-tokens', { body: { name, scopes, expiresInDays: Number(lifetime) } }),
      );
      setSecret(created.token);
      setName('');
      void invalidate(['/api/v1/api-tokens']);
    });
  };
  const revoke = async (token: ApiToken) => {
    try {
      await ok(
        client.POST('/api/v1/api-tokens/{tokenId}/revoke', { params: { path: { tokenId: token.id } } }),
      );
      void invalidate(['/api/v1/api-tokens']);
    } catch (e) {
      setError(asApiError(e));
    }
  };
  const message = (field: string) => fieldProps(i18n, error, field);
  return (
    <Card className={styles.card}>
      <Title3 as="h2">{t('settings.tokens')}</Title3>
      <Text>{t('tokens.intro')}</Text>
      <form className={styles.form} onSubmit={(e) => void create(e)} noValidate>
        <Field label={t('tokens.name')} required {...message('name')}>
          <Input value={name} onChange={(_, d) => setName(d.value)} />
        </Field>
        <fieldset style={{ border: 'none', padding: 0, margin: 0 }}>
          <legend>{t('tokens.scopes')}</legend>
          {SCOPES.map((scope) => (
            <Checkbox
              key={scope}
              label={scopeLabel(scope)}
              checked={scopes.includes(scope)}
              onChange={(_, d) =>
                setScopes(d.checked ? [...scopes, scope] : scopes.filter((s) => s !== scope))
              }
            />
          ))}
        </fieldset>
        <Field label={t('tokens.expiresIn')} {...message('expiresInDays')}>
          <OptionSelect
            value={lifetime}
            onChange={setLifetime}
            options={LIFETIMES.map((days) => [days, t('tokens.days', { days })])}
          />
        </Field>
        <Button appearance="primary" type="submit" disabled={busy}>
          {t('tokens.create')}
        </Button>
      </form>
      {error && <ErrorBar error={error} />}
      {secret && (
        <SuccessBar>
          {t('tokens.created')} <span className={styles.secret}>{secret}</span>
        </SuccessBar>
      )}
      <Gate loaded={loaded}>
        {({ items }) =>
          items.length === 0 ? (
            <Empty>{t('tokens.none')}</Empty>
          ) : (
            <DataTable
              label={t('settings.tokens')}
              size="small"
              columns={['col.name', 'col.scopes', 'col.lastUsed', 'col.expires', 'col.actions']}
              items={items}
              rowKey={(token) => token.id}
              cells={(token) => [
                token.name,
                token.scopes.map(scopeLabel).join(', '),
                token.lastUsedAt ? dateTime(token.lastUsedAt) : t('tokens.never'),
                new Date(token.expiresAt).getTime() < Date.now()
                  ? t('tokens.expired', { date: date(token.expiresAt) })
                  : date(token.expiresAt),
                token.revokedAt ? (
                  t('tokens.revoked')
                ) : (
                  <Button size="small" onClick={() => void revoke(token)}>
                    {t('tokens.revoke')}
                  </Button>
                ),
              ]}
            />
          )
        }
      </Gate>
    </Card>
  );
}
