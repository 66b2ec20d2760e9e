// One conversation (a support ticket, a technical request or a dispute), at /conversation?id=…: the thread and a
// reply box, with the way back to every conversation.
import { makeStyles } from '@fluentui/react-components';
import { Empty } from '../components/Feedback.tsx';
import { Thread } from '../components/Thread.tsx';
import { usePageTitle } from '../hooks.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { Link, useSearchParam } from '../router.tsx';
import { useSession } from '../session.tsx';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: '16px', maxWidth: '880px' },
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default function ConversationPage() {
  const styles = useStyles();
  const { t } = useI18n();
  const { publisher } = useSession();
  const [id] = useSearchParam('id');
  usePageTitle(t('conversations.one'), publisher);
  return (
    <div className={styles.page}>
      <Link to="/tickets">{t('conversations.back')}</Link>
      {id && UUID.test(id) ? (
        <Thread key={id} publisherId={publisher!.id} conversationId={id} />
      ) : (
        <Empty>{t('conversations.notFound')}</Empty>
      )}
    </div>
  );
}
