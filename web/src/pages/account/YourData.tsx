// Everything the service keeps about the person, as a JSON file they download (GDPR-style access and portability).
// A plain link: the browser sends the session cookie with it and saves what the service answers as an attachment.
import { Card, Link, Text, Title3 } from '@fluentui/react-components';
import { useI18n } from '../../i18n/i18n.tsx';
import { useAccountStyles as useStyles } from './styles.ts';

export function YourData() {
  const styles = useStyles();
  const { t } = useI18n();
  return (
    <Card className={styles.card}>
      <Title3 as="h2">{t('account.data.title')}</Title3>
      <Text>{t('account.data.intro')}</Text>
      <div className={styles.actions}>
        <Link href="/api/v1/account/data" download>
          {t('account.data.download')}
        </Link>
      </div>
      <Text>{t('account.data.erasure')}</Text>
    </Card>
  );
}
