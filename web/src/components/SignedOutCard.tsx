// The one card in the middle of the page that a person not yet signed in sees: the sign-in page, and the page an
// invitation link opens. Its form lays out its fields in a column (`signedOutForm`).
import { Card, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  page: {
    minHeight: '100vh',
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    backgroundColor: tokens.colorNeutralBackground2,
  },
  card: { width: '420px', maxWidth: '92vw', padding: '24px', gap: '16px' },
});

export const useSignedOutFormStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: '12px' },
});

export function SignedOutCard({ children }: { children: ReactNode }) {
  const styles = useStyles();
  return (
    <main className={styles.page}>
      <Card className={styles.card}>{children}</Card>
    </main>
  );
}
