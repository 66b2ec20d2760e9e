import type { ReactNode } from 'react';
import { FormDialog } from './FormDialog.tsx';

/** Asks before a change that reaches other people (an activation, a deactivation): a form with nothing to fill in. */
export function ConfirmDialog({
  open,
  title,
  children,
  confirm,
  onConfirm,
  onClose,
}: {
  open: boolean;
  title: string;
  children: ReactNode;
  confirm: string;
  onConfirm: () => void;
  onClose: () => void;
}) {
  return (
    <FormDialog
      open={open}
      title={title}
      error={undefined}
      busy={false}
      submit={confirm}
      onSubmit={async () => onConfirm()}
      onClose={onClose}
    >
      {children}
    </FormDialog>
  );
}
