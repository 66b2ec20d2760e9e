// A part of the program in the editor: a heading, what it is for, the problems named for the part as a whole.
import { makeStyles, MessageBar, MessageBarBody, Text, Title3 } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { fieldId } from './model.ts';
import { useProblemsAt } from './fields.tsx';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: '12px', minWidth: 0 },
  grid: {
    display: 'grid',
    gap: '12px 16px',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 240px), 1fr))',
    alignItems: 'start',
  },
});

export function Section({
  pointer,
  title,
  intro,
  children,
}: {
  pointer: string;
  title: string;
  intro?: string;
  children: ReactNode;
}) {
  const styles = useStyles();
  const problem = useProblemsAt(pointer);
  return (
    <section className={styles.section} id={fieldId(pointer)} aria-label={title}>
      <Title3 as="h3">{title}</Title3>
      {intro && <Text>{intro}</Text>}
      {problem && (
        <MessageBar intent="error">
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      )}
      {children}
    </section>
  );
}

/** Fields side by side where there is room, one per line on a phone. */
export function FieldGrid({ children }: { children: ReactNode }) {
  return <div className={useStyles().grid}>{children}</div>;
}
