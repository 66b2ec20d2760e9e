// The benefits of a tab in groups by state, each under its heading, in a fixed order: activated, available,
// locked, expired; within a group, the program's order. An activated benefit moves to the first group, so the
// order of the others never changes under the reader.
import { makeStyles, Text, Title3 } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n.tsx';
import type { Benefit } from '../../api/model.ts';

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', gap: '8px' },
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(320px, 100%), 1fr))',
    gap: '12px',
  },
});

export const GROUPS = ['active', 'available', 'locked', 'expired'] as const;

export function BenefitGroups({
  benefits,
  card,
}: {
  benefits: Benefit[];
  card: (benefit: Benefit) => ReactNode;
}) {
  const styles = useStyles();
  const { t } = useI18n();
  return (
    <>
      {GROUPS.map((state) => {
        const inGroup = benefits.filter((b) => b.state === state);
        if (inGroup.length === 0) return null;
        const id = `group-${state}`;
        return (
          <section key={state} className={styles.group} aria-labelledby={id} data-group={state}>
            <Title3 as="h2" id={id}>
              {t(`rewards.group.${state}`)}{' '}
              <Text weight="regular" size={400}>
                ({inGroup.length})
              </Text>
            </Title3>
            <div className={styles.grid}>{inGroup.map(card)}</div>
          </section>
        );
      })}
    </>
  );
}
