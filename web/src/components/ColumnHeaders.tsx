// A table's header row, every column named from the catalogs: the same eight lines each table wrote out.
import { TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import { useI18n, type MessageKey } from '../i18n/i18n.tsx';

/**
 * A column: its catalog key, or the key with a width and whether it holds numbers (aligned right); false leaves
 * the column out (a column only some see).
 */
export type Column =
  | MessageKey
  | { label: MessageKey; width?: string; numeric?: boolean }
  /** A name that is data, not words of the catalogs (a currency code heading its column). */
  | { text: string; width?: string; numeric?: boolean }
  | false;

/** A column's name as shown. */
export function columnName(t: (key: MessageKey) => string, column: Exclude<Column, false>): string {
  return typeof column === 'string' ? t(column) : 'text' in column ? column.text : t(column.label);
}

export function ColumnHeaders({ columns, className }: { columns: readonly Column[]; className?: string }) {
  const { t } = useI18n();
  return (
    <TableHeader className={className}>
      <TableRow>
        {columns.map((column, i) =>
          column === false ? null : typeof column === 'string' ? (
            <TableHeaderCell key={i}>{t(column)}</TableHeaderCell>
          ) : (
            <TableHeaderCell key={i} style={column.width ? { width: column.width } : undefined}>
              {columnName(t, column)}
            </TableHeaderCell>
          ),
        )}
      </TableRow>
    </TableHeader>
  );
}
