// One dashboard: its headline figure first (what a program lead reads), then the picture, then the figures
// themselves behind "Show the figures", and the CSV the API makes. The headline and the table are the picture's
// text alternative: the chart says nothing they do not.
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Card,
  Link,
  makeStyles,
  Text,
  Title3,
  tokens,
} from '@fluentui/react-components';
import { Suspense, useId, type ReactNode } from 'react';
import { Empty, Gate, Loading } from '../../../components/Feedback.tsx';
import { useI18n } from '../../../i18n/i18n.tsx';
import type { Loaded } from '../../../queries.ts';

const useStyles = makeStyles({
  card: { padding: '16px', gap: '12px', minWidth: 0 },
  head: {
    display: 'flex',
    justifyContent: 'space-between',
    alignItems: 'baseline',
    gap: '12px',
    flexWrap: 'wrap',
  },
  figure: { margin: 0, display: 'flex', flexDirection: 'column', gap: '12px', minWidth: 0 },
  headline: { display: 'flex', flexDirection: 'column', gap: '2px' },
  number: {
    fontSize: tokens.fontSizeHero800,
    lineHeight: tokens.lineHeightHero800,
    fontWeight: tokens.fontWeightSemibold,
    fontVariantNumeric: 'tabular-nums',
  },
  chart: { minHeight: '260px', minWidth: 0 },
  panel: { margin: 0, paddingBottom: '8px' },
});

/** What a program lead reads first: what is counted, the figure, and the count behind it. */
export interface Headline {
  label: string;
  figure: string;
  detail?: string;
}

export function DashboardCard<T>({
  name,
  title,
  loaded,
  children,
}: {
  /** The API's dashboard: its CSV is at /api/v1/dashboards/<name>/export. */
  name: string;
  title: string;
  loaded: Loaded<T>;
  /** The headline, and the chart and table when there is anything to draw (null: nothing yet). */
  children: (data: T) => { headline: Headline; chart: ReactNode; table: ReactNode } | { headline: Headline };
}) {
  const styles = useStyles();
  const { t } = useI18n();
  const id = useId();
  return (
    <Card className={styles.card} role="region" aria-labelledby={id}>
      <div className={styles.head}>
        <Title3 as="h2" id={id}>
          {title}
        </Title3>
        <Link href={`/api/v1/dashboards/${name}/export`} download>
          {t('dash.download')}
        </Link>
      </div>
      <Gate loaded={loaded}>
        {(data) => {
          const shown = children(data);
          const { headline } = shown;
          return (
            <>
              <figure className={styles.figure}>
                <figcaption className={styles.headline}>
                  <Text weight="semibold">{headline.label}</Text>
                  <span className={styles.number}>{headline.figure}</span>
                  {headline.detail && <Text>{headline.detail}</Text>}
                </figcaption>
                {'chart' in shown && (
                  <div className={styles.chart}>
                    <Suspense fallback={<Loading />}>{shown.chart}</Suspense>
                  </div>
                )}
              </figure>
              {'table' in shown ? (
                <Accordion collapsible>
                  <AccordionItem value="figures">
                    <AccordionHeader>{t('dash.showFigures')}</AccordionHeader>
                    <AccordionPanel className={styles.panel}>{shown.table}</AccordionPanel>
                  </AccordionItem>
                </Accordion>
              ) : (
                <Empty>{t('common.none')}</Empty>
              )}
            </>
          );
        }}
      </Gate>
    </Card>
  );
}
