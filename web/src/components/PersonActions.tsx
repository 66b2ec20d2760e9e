// What can be done to a person in the users and staff lists: resend or withdraw a pending invitation, deactivate
// (each withdrawal and deactivation confirmed first). One piece for both lists; what each action calls is theirs.
import { Button, makeStyles } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { MessageKey } from '../i18n/i18n.tsx';
import type { User } from '../api/model.ts';
import { useDialog } from '../hooks.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { ConfirmDialog } from './ConfirmDialog.tsx';

const useStyles = makeStyles({
  actions: { display: 'flex', flexWrap: 'wrap', gap: '8px' },
});

type Person = Pick<User, 'id' | 'displayName' | 'status' | 'active' | 'pendingInvitation'>;

/**
 * The row's buttons (`buttons(person)`) and the confirmations they open (`dialogs`, rendered once beside the
 * list). `meId`: the signed-in person, who cannot deactivate themselves here.
 */
export function usePersonActions<P extends Person>({
  meId,
  resend,
  revoke,
  deactivate,
  deactivateBody,
}: {
  meId: string | undefined;
  resend: (person: P) => Promise<void>;
  revoke: (person: P) => Promise<void>;
  deactivate: (person: P) => Promise<void>;
  /** What deactivating does, in the list's words (a publisher's user, a staff member). */
  deactivateBody: MessageKey;
}): { buttons: (person: P) => ReactNode; dialogs: ReactNode } {
  const styles = useStyles();
  const { t } = useI18n();
  const revoking = useDialog<P>();
  const deactivating = useDialog<P>();
  const buttons = (u: P) => (
    <span className={styles.actions}>
      {u.status === 'pending' && (
        <Button size="small" onClick={() => void resend(u)}>
          {t('users.resend')}
        </Button>
      )}
      {u.status === 'pending' && u.pendingInvitation?.state === 'open' && (
        <Button size="small" onClick={() => revoking.show(u)}>
          {t('users.revoke')}
        </Button>
      )}
      {u.active && u.id !== meId && (
        <Button size="small" onClick={() => deactivating.show(u)}>
          {t('users.deactivate')}
        </Button>
      )}
    </span>
  );
  const dialogs = (
    <>
      {revoking.target && (
        <ConfirmDialog
          key={`revoke-${revoking.generation}`}
          open={revoking.open}
          title={t('users.revokeTitle', { name: revoking.target.displayName })}
          confirm={t('users.revoke')}
          onConfirm={() => {
            revoking.hide();
            void revoke(revoking.target!);
          }}
          onClose={revoking.hide}
        >
          {t('users.revokeBody')}
        </ConfirmDialog>
      )}
      {deactivating.target && (
        <ConfirmDialog
          key={deactivating.generation}
          open={deactivating.open}
          title={t('users.deactivateTitle', { name: deactivating.target.displayName })}
          confirm={t('users.deactivate')}
          onConfirm={() => {
            deactivating.hide();
            void deactivate(deactivating.target!);
          }}
          onClose={deactivating.hide}
        >
          {t(deactivateBody)}
        </ConfirmDialog>
      )}
    </>
  );
  return { buttons, dialogs };
}
