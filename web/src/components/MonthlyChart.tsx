// Monthly billed sales as bars (counted, and excluded stacked above), with the figures as a table for screen
// readers: the picture is a summary, the table is the data.
import { makeStyles, tokens } from '@fluentui/react-components';
import { useI18n } from '../i18n/i18n.tsx';
import type { LedgerSummary } from '../api/model.ts';

const useStyles = makeStyles({
  svg: { width: '100%', height: 'auto', maxHeight: '260px' },
  hidden: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)' },
  legend: { display: 'flex', gap: '16px', fontSize: tokens.fontSizeBase200 },
  swatch: {
    display: 'inline-block',
    width: '12px',
    height: '12px',
    marginRight: '4px',
    verticalAlign: 'middle',
  },
});

const WIDTH = 720;
const HEIGHT = 220;
const LEFT = 70;
const BOTTOM = 36;

/** Every month from `from` to `to` (YYYY-MM-DD), with the months the ledger has no line in as zero. */
function everyMonth(sent: LedgerSummary['months'], from: string, to: string): LedgerSummary['months'] {
  const byMonth = new Map(sent.map((m) => [m.month, m]));
  const all: LedgerSummary['months'] = [];
  const at = new Date(`${from.slice(0, 7)}-01T00:00:00Z`);
  const end = to.slice(0, 7);
  while (all.length < 60) {
    const month = at.toISOString().slice(0, 7);
    all.push(
      byMonth.get(month) ?? {
        month,
        countedUsdCents: 0,
        excludedUsdCents: 0,
        countedLines: 0,
        excludedLines: 0,
      },
    );
    if (month >= end) break;
    at.setUTCMonth(at.getUTCMonth() + 1);
  }
  return all;
}

export function MonthlyChart({
  months: sent,
  from,
  to,
}: {
  months: LedgerSummary['months'];
  from: string;
  to: string;
}) {
  const styles = useStyles();
  const months = everyMonth(sent, from, to);
  const { t, usd, month, locale } = useI18n();
  const shortMonth = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
  const year = new Intl.DateTimeFormat(locale, { year: 'numeric', timeZone: 'UTC' });
  const max = Math.max(1, ...months.map((m) => m.countedUsdCents + Math.max(0, m.excludedUsdCents)));
  const slot = (WIDTH - LEFT) / Math.max(1, months.length);
  const scale = (cents: number) => (Math.max(0, cents) / max) * (HEIGHT - BOTTOM - 10);
  const summary = t('sales.chartSummary', { from: month(from.slice(0, 7)), to: month(to.slice(0, 7)) });
  return (
    <figure style={{ margin: 0 }}>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className={styles.svg} role="img" aria-label={summary}>
        <line
          x1={LEFT}
          x2={WIDTH}
          y1={HEIGHT - BOTTOM}
          y2={HEIGHT - BOTTOM}
          stroke={tokens.colorNeutralStroke1}
        />
        <text x={LEFT - 6} y={12} textAnchor="end" fontSize="11" fill={tokens.colorNeutralForeground2}>
          {usd(max)}
        </text>
        <text
          x={LEFT - 6}
          y={HEIGHT - BOTTOM}
          textAnchor="end"
          fontSize="11"
          fill={tokens.colorNeutralForeground2}
        >
          {usd(0)}
        </text>
        {months.map((m, i) => {
          const counted = scale(m.countedUsdCents);
          const excluded = scale(m.excludedUsdCents);
          const x = LEFT + i * slot + slot * 0.15;
          const w = slot * 0.7;
          const base = HEIGHT - BOTTOM;
          return (
            <g key={m.month}>
              <rect x={x} y={base - counted} width={w} height={counted} fill={tokens.colorBrandBackground} />
              <rect
                x={x}
                y={base - counted - excluded}
                width={w}
                height={excluded}
                fill={tokens.colorPaletteRedBorder2}
              />
              <text
                x={x + w / 2}
                y={HEIGHT - 22}
                textAnchor="middle"
                fontSize="11"
                fill={tokens.colorNeutralForeground2}
              >
                {shortMonth.format(new Date(`${m.month}-01T00:00:00Z`))}
              </text>
              {(i === 0 || m.month.endsWith('-01')) && (
                <text
                  x={x + w / 2}
                  y={HEIGHT - 6}
                  textAnchor="middle"
                  fontSize="11"
                  fill={tokens.colorNeutralForeground2}
                >
                  {year.format(new Date(`${m.month}-01T00:00:00Z`))}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption className={styles.legend}>
        <span>
          <span className={styles.swatch} style={{ background: tokens.colorBrandBackground }} />
          {t('sales.counted')}
        </span>
        <span>
          <span className={styles.swatch} style={{ background: tokens.colorPaletteRedBorder2 }} />
          {t('sales.excluded')}
        </span>
      </figcaption>
      <table className={styles.hidden}>
        <caption>{summary}</caption>
        <thead>
          <tr>
            <th scope="col">{t('sales.month')}</th>
            <th scope="col">{t('sales.counted')}</th>
            <th scope="col">{t('sales.excluded')}</th>
          </tr>
        </thead>
        <tbody>
          {months.map((m) => (
            <tr key={m.month}>
              <th scope="row">{month(m.month)}</th>
              <td>{usd(m.countedUsdCents)}</td>
              <td>{usd(m.excludedUsdCents)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
