// A person's state in the users and staff lists: pending (invited, not accepted yet: until when the link works,
// or that it expired or was withdrawn), active or deactivated.
import { Badge, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { User } from '../api/model.ts';
import { useI18n } from '../i18n/i18n.tsx';

const useStyles = makeStyles({
  cell: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: '2px' },
  note: { color: tokens.colorNeutralForeground3 },
});

export function PersonStatus({ person }: { person: Pick<User, 'status' | 'pendingInvitation'> }) {
  const styles = useStyles();
  const { t, date } = useI18n();
  const invitation = person.pendingInvitation;
  return (
    <span className={styles.cell}>
      <Badge
        appearance={person.status === 'pending' ? 'tint' : 'outline'}
        color={person.status === 'active' ? 'success' : person.status === 'pending' ? 'warning' : 'subtle'}
      >
        {person.status === 'active'
          ? t('users.active')
          : person.status === 'pending'
            ? t('users.pending')
            : t('users.inactive')}
      </Badge>
      {invitation && (
        <Text size={200} className={styles.note}>
          {invitation.state === 'open'
            ? t('users.invitationExpires', { date: date(invitation.expiresAt) })
            : invitation.state === 'expired'
              ? t('users.invitationExpired', { date: date(invitation.expiresAt) })
              : t('users.invitationRevoked')}
        </Text>
      )}
    </span>
  );
}
