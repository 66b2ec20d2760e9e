// A table of items, one row each: columns on a wide screen; on a phone (`useNarrow`) each row is a block of its
// cells, one per line, each after its column's name. The phone's rows keep the table's roles (Fluent's
// `noNativeElements`: role=table, row, cell on divs), so a screen reader still reads a table, with its column
// headers (visually hidden there); the name shown beside each value is for the eye only (aria-hidden).
import {
  makeStyles,
  mergeClasses,
  Table,
  TableBody,
  TableCell,
  TableRow,
  tokens,
  type TableProps,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useNarrow } from '../hooks.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { columnName, ColumnHeaders, type Column } from './ColumnHeaders.tsx';

const useStyles = makeStyles({
  number: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  // Long words (line ids, e-mail addresses, errors) break rather than push the page wider.
  wrap: { overflowWrap: 'anywhere' },
  hidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
  },
  stackedRow: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'stretch',
    gap: '4px',
    height: 'auto',
    padding: '10px 0',
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  stackedCell: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 2fr) minmax(0, 3fr)',
    gap: '8px',
    alignItems: 'start',
    minHeight: 'auto',
    height: 'auto',
    padding: '0 4px',
    flexGrow: 0,
    flexBasis: 'auto',
  },
  stackedLabel: { color: tokens.colorNeutralForeground2, fontWeight: tokens.fontWeightSemibold },
  stackedValue: { minWidth: 0, overflowWrap: 'anywhere' },
});

const numeric = (column: Exclude<Column, false>) => typeof column !== 'string' && column.numeric === true;
/** A cell with nothing in it: on a phone, hidden rather than shown as a name without a value. */
const blank = (cell: ReactNode) => cell === null || cell === undefined || cell === false || cell === '';

export function DataTable<T>({
  label: name,
  columns,
  items,
  rowKey,
  cells,
  rowProps,
  size,
  busy,
}: {
  /** The table's accessible name. */
  label: string;
  columns: readonly Column[];
  items: readonly T[];
  rowKey: (item: T) => string;
  /** One cell per column, in the columns' order (a column given as false drops its cell). */
  cells: (item: T) => ReactNode[];
  rowProps?: (item: T) => Record<`data-${string}`, string>;
  size?: TableProps['size'];
  busy?: boolean;
}) {
  const styles = useStyles();
  const narrow = useNarrow();
  const { t } = useI18n();
  const shown = columns.flatMap((column, i) => (column === false ? [] : [{ column, i }]));
  return (
    <Table aria-label={name} size={size} aria-busy={busy} noNativeElements={narrow}>
      <ColumnHeaders columns={columns} className={narrow ? styles.hidden : undefined} />
      <TableBody>
        {items.map((item) => {
          const row = cells(item);
          return (
            <TableRow
              key={rowKey(item)}
              {...rowProps?.(item)}
              className={narrow ? styles.stackedRow : undefined}
            >
              {shown.map(({ column, i }) =>
                narrow ? (
                  blank(row[i]) ? (
                    <TableCell key={i} className={styles.hidden} />
                  ) : (
                    <TableCell key={i} className={styles.stackedCell}>
                      <span aria-hidden="true" className={styles.stackedLabel}>
                        {columnName(t, column)}
                      </span>
                      <div className={styles.stackedValue}>{row[i]}</div>
                    </TableCell>
                  )
                ) : (
                  <TableCell key={i} className={mergeClasses(styles.wrap, numeric(column) && styles.number)}>
                    {row[i]}
                  </TableCell>
                ),
              )}
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
