// A table's header row, every column named from the catalogs: the same eight lines each table wrote out.
import { TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import { useI18n, type MessageKey } from '../i18n/i18n.tsx';

/** A column: its catalog key, or the key and a width; false leaves the column out (a column only some see). */
export type Column = MessageKey | { label: MessageKey; width: string } | false;

export function ColumnHeaders({ columns }: { columns: readonly Column[] }) {
  const { t } = useI18n();
  return (
    <TableHeader>
      <TableRow>
        {columns.map((column, i) =>
          column === false ? null : typeof column === 'string' ? (
            <TableHeaderCell key={i}>{t(column)}</TableHeaderCell>
          ) : (
            <TableHeaderCell key={i} style={{ width: column.width }}>
              {t(column.label)}
            </TableHeaderCell>
          ),
        )}
      </TableRow>
    </TableHeader>
  );
}
