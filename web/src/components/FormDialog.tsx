// A dialog around a form: the title, what the service refused (above the fields), the fields, then Cancel and the
// submit button, which waits while the form is sent. Enter in a field submits it.
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
} from '@fluentui/react-components';
import type { FormEvent, ReactNode } from 'react';
import type { ApiError } from '../api.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { ErrorBar } from './Feedback.tsx';

const useStyles = makeStyles({ form: { display: 'flex', flexDirection: 'column', gap: '12px' } });

export function FormDialog({
  open,
  title,
  error,
  busy,
  submit,
  onSubmit,
  onClose,
  children,
}: {
  open: boolean;
  title: string;
  error: ApiError | undefined;
  busy: boolean;
  /** The submit button's label. */
  submit: string;
  /** Sends the form (the page does not reload). */
  onSubmit: () => Promise<void>;
  onClose: () => void;
  children: ReactNode;
}) {
  const styles = useStyles();
  const { t } = useI18n();
  return (
    <Dialog open={open} onOpenChange={(_, d) => !d.open && onClose()}>
      <DialogSurface>
        <form
          onSubmit={(event: FormEvent) => {
            event.preventDefault();
            void onSubmit();
          }}
          noValidate
        >
          <DialogBody>
            <DialogTitle>{title}</DialogTitle>
            <DialogContent className={styles.form}>
              {error && <ErrorBar error={error} />}
              {children}
            </DialogContent>
            <DialogActions>
              <Button appearance="secondary" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              <Button appearance="primary" type="submit" disabled={busy}>
                {submit}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
