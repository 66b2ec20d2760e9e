// A dialog around a form: the title, what the service refused (above the fields), the fields, then Cancel and the
// submit button, which waits while the form is sent. Enter in a field submits it. After the service refused it,
// focus moves to the first field in error (or to the problem, when no field is named): it stays in the dialog, so
// it is read out and Escape still closes the dialog.
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
import { useRef, type FormEvent, type ReactNode } from 'react';
import type { ApiError } from '../api.ts';
import { useFocusOnError } from '../hooks.ts';
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
  const form = useRef<HTMLFormElement>(null);
  useFocusOnError(form, error);
  return (
    <Dialog open={open} onOpenChange={(_, d) => !d.open && onClose()}>
      <DialogSurface>
        <form
          ref={form}
          onSubmit={(event: FormEvent) => {
            event.preventDefault();
            void onSubmit();
          }}
          noValidate
        >
          <DialogBody>
            <DialogTitle>{title}</DialogTitle>
            <DialogContent className={styles.form}>
              {error && (
                <div tabIndex={-1} data-form-problem>
                  <ErrorBar error={error} />
                </div>
              )}
              {children}
            </DialogContent>
            <DialogActions>
              <Button appearance="secondary" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              {/* Focusable while busy: a disabled button would drop the focus to the page. */}
              <Button appearance="primary" type="submit" disabledFocusable={busy}>
                {submit}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
