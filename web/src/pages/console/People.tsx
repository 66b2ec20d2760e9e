// The console's People tab (program admins): people's rights over their data. Find a person or a marketing contact
// by a part of an address or name; download a person's data as JSON for them; erase a person or a contact record in
// place, after a dialog that says what erasing does and what it keeps.
import {
  Badge,
  Button,
  Card,
  Field,
  Input,
  Link,
  makeStyles,
  Text,
  Title3,
} from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { client, ok } from '../../api.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { Empty, Gate, SuccessBar } from '../../components/Feedback.tsx';
import { FormDialog } from '../../components/FormDialog.tsx';
import { useDialog, useNotice, useSubmission, type Say } from '../../hooks.ts';
import { useI18n, type MessageKey } from '../../i18n/i18n.tsx';
import { invalidate, useApi } from '../../queries.ts';
import type { paths } from '../../api/schema.d.ts';

type Person =
  paths['/api/v1/people']['get']['responses'][200]['content']['application/json']['items'][number];

const useStyles = makeStyles({
  card: { padding: '16px', gap: '12px' },
  form: { display: 'flex', flexWrap: 'wrap', gap: '8px', alignItems: 'flex-end' },
  query: { flexGrow: 1, minWidth: 'min(280px, 100%)' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: '8px', alignItems: 'center' },
  stack: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: '2px' },
  consequences: { margin: 0, paddingLeft: '20px', display: 'flex', flexDirection: 'column', gap: '6px' },
});

const STATUS: Record<Person['status'], MessageKey> = {
  active: 'users.active',
  pending: 'users.pending',
  deactivated: 'users.inactive',
  erased: 'people.erased',
};

export function People() {
  const styles = useStyles();
  const { t } = useI18n();
  const [typed, setTyped] = useState('');
  const [query, setQuery] = useState('');
  const [notice, setNotice] = useNotice();
  const erasing = useDialog<Person>();
  const found = useApi('/api/v1/people', { params: { query: { q: query } } }, { enabled: query.length >= 3 });
  const search = (event: FormEvent) => {
    event.preventDefault();
    setNotice(undefined);
    setQuery(typed.trim());
  };
  return (
    <>
      <Card className={styles.card}>
        <Title3 as="h2">{t('people.title')}</Title3>
        <Text>{t('people.intro')}</Text>
        <form className={styles.form} onSubmit={search} role="search">
          <Field className={styles.query} label={t('people.search')} hint={t('people.searchHint')}>
            <Input value={typed} onChange={(_, d) => setTyped(d.value)} type="search" />
          </Field>
          <Button type="submit" appearance="primary" disabled={typed.trim().length < 3}>
            {t('people.find')}
          </Button>
        </form>
      </Card>
      {notice && <SuccessBar>{notice}</SuccessBar>}
      {query.length >= 3 && (
        <Gate loaded={found}>
          {({ items }) =>
            items.length === 0 ? (
              <Empty>{t('people.none')}</Empty>
            ) : (
              <DataTable
                label={t('people.results')}
                columns={['col.name', 'users.email', 'people.what', 'col.status', 'col.actions']}
                items={items}
                rowKey={(p) => `${p.kind}-${p.id}`}
                rowProps={(p) => ({ 'data-testid': `person-${p.kind}-${p.id}` })}
                cells={(p) => [
                  p.name,
                  p.email,
                  <span className={styles.stack}>
                    <Text>
                      {t(p.kind === 'user' ? 'people.kind.user' : 'people.kind.contact', {
                        role: t(`role.${p.role}`),
                      })}
                    </Text>
                    {p.companyName && <Text size={200}>{p.companyName}</Text>}
                  </span>,
                  <Badge appearance="outline" color={p.status === 'active' ? 'success' : 'subtle'}>
                    {t(STATUS[p.status])}
                  </Badge>,
                  <span className={styles.actions}>
                    {p.kind === 'user' && (
                      <Link href={`/api/v1/people/${p.userId}/data`} download>
                        {t('people.download')}
                      </Link>
                    )}
                    {p.status !== 'erased' && (
                      <Button size="small" onClick={() => erasing.show(p)}>
                        {t('people.erase')}
                      </Button>
                    )}
                  </span>,
                ]}
              />
            )
          }
        </Gate>
      )}
      {erasing.target && (
        <EraseDialog
          key={erasing.generation}
          open={erasing.open}
          person={erasing.target}
          onClose={erasing.hide}
          onErased={(said) => {
            erasing.hide();
            setNotice(said);
            void invalidate(['/api/v1/people']);
          }}
        />
      )}
    </>
  );
}

/** The confirmation that names what erasing does and keeps; the service's refusal (the last owner) shown in it. */
function EraseDialog({
  open,
  person,
  onClose,
  onErased,
}: {
  open: boolean;
  person: Person;
  onClose: () => void;
  onErased: (said: Say) => void;
}) {
  const styles = useStyles();
  const { t } = useI18n();
  const { busy, error, run } = useSubmission();
  const user = person.kind === 'user';
  const consequences: MessageKey[] = user
    ? ['people.consequence.user.name', 'people.consequence.user.signIn', 'people.consequence.user.work']
    : ['people.consequence.contact.gone', 'people.consequence.contact.last'];
  const erase = () =>
    run(async () => {
      const erased = user
        ? await ok(
            client.POST('/api/v1/people/{userId}/erasure', { params: { path: { userId: person.id } } }),
          )
        : await ok(
            client.POST('/api/v1/publishers/{publisherId}/marketing-contacts/{contactId}/erasure', {
              params: { path: { publisherId: person.publisherId!, contactId: person.id } },
            }),
          );
      onErased((i) => i.t('people.erased.notice', { name: person.name, pseudonym: erased.pseudonym }));
    });
  return (
    <FormDialog
      open={open}
      title={t(user ? 'people.erase.userTitle' : 'people.erase.contactTitle', {
        name: person.name,
        email: person.email,
      })}
      error={error}
      busy={busy}
      submit={t(user ? 'people.erase.user' : 'people.erase.contact')}
      onSubmit={erase}
      onClose={onClose}
    >
      <ul className={styles.consequences}>
        {consequences.map((key) => (
          <li key={key}>
            <Text>{t(key)}</Text>
          </li>
        ))}
        <li>
          <Text weight="semibold">{t('people.consequence.final')}</Text>
        </li>
      </ul>
    </FormDialog>
  );
}
