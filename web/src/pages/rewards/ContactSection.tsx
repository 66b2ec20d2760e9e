// The marketing contacts, at the top of the sales and marketing tab: Add / Update / Change (S6, S7, L7).
import { Button, Card, makeStyles, Text, Title3, tokens } from '@fluentui/react-components';
import { useI18n } from '../../i18n/i18n.tsx';
import type { Contact } from '../../api/model.ts';
import type { ContactDialogMode } from './ContactDialog.tsx';

const useStyles = makeStyles({
  card: { padding: '16px', gap: '8px' },
  row: { display: 'flex', alignItems: 'center', gap: '12px', flexWrap: 'wrap' },
  who: { display: 'flex', flexDirection: 'column', flexGrow: 1, minWidth: 'min(240px, 100%)' },
  muted: { color: tokens.colorNeutralForeground2 },
});

export function ContactSection({
  contacts,
  max,
  canManage,
  onEdit,
  onRemove,
}: {
  contacts: Contact[];
  max: number;
  canManage: boolean;
  onEdit: (mode: ContactDialogMode) => void;
  onRemove: (contact: Contact) => void;
}) {
  const styles = useStyles();
  const { t, language } = useI18n();
  return (
    <Card className={styles.card} aria-labelledby="contact-title">
      <div className={styles.row}>
        <Title3 as="h2" id="contact-title" style={{ flexGrow: 1 }}>
          {t('contact.title')}
        </Title3>
        {canManage && contacts.length < max && (
          <Button
            appearance={contacts.length === 0 ? 'primary' : 'secondary'}
            onClick={() => onEdit({ kind: 'add' })}
          >
            {t('contact.add')}
          </Button>
        )}
      </div>
      {contacts.length === 0 && <Text>{t('contact.none')}</Text>}
      {contacts.map((c) => (
        <div key={c.id} className={styles.row} data-testid="marketing-contact">
          <div className={styles.who}>
            <Text weight="semibold">{c.user.displayName}</Text>
            <Text className={styles.muted}>
              {t('contact.line', {
                email: c.email,
                phone: c.phone,
                language: language(c.language),
              })}
            </Text>
          </div>
          {canManage && (
            <>
              <Button onClick={() => onEdit({ kind: 'update', contact: c })}>{t('contact.update')}</Button>
              <Button onClick={() => onEdit({ kind: 'change', contact: c })}>{t('contact.change')}</Button>
              {contacts.length > 1 && <Button onClick={() => onRemove(c)}>{t('contact.remove')}</Button>}
            </>
          )}
        </div>
      ))}
      {canManage && (
        <Text size={200} className={styles.muted}>
          {t('contact.max', { max })}
        </Text>
      )}
    </Card>
  );
}
