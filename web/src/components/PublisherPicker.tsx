// A publisher found by typing a part of its name, MPN ID or an address: the server searches (GET /publishers?q=,
// a page of 20) once the typing pauses, so the list is never loaded whole. Each option shows the company's name and
// MPN ID. Used by the header's picker (staff) and wherever a form needs one publisher.
import { Combobox, makeStyles, Option, Text, type ComboboxProps } from '@fluentui/react-components';
import { useState } from 'react';
import type { Publisher } from '../api/model.ts';
import { useDebounced } from '../hooks.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { useApi } from '../queries.ts';

const useStyles = makeStyles({
  option: { display: 'flex', flexDirection: 'column', minWidth: 0, overflowWrap: 'anywhere' },
  listbox: { maxHeight: '360px' },
});

const PAGE = 20;

export function PublisherPicker({
  value,
  onChange,
  placeholder,
  ...rest
}: Omit<ComboboxProps, 'value' | 'onChange' | 'onOptionSelect' | 'children'> & {
  value: Publisher | null;
  onChange: (publisher: Publisher) => void;
  placeholder: string;
}) {
  const styles = useStyles();
  const { t } = useI18n();
  const label = (p: Publisher) => `${p.companyName} (${p.mpnId})`;
  // What the person typed since the list opened; null while they have not typed (the chosen one is shown).
  const [typed, setTyped] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const q = useDebounced((typed ?? '').trim(), 250);
  const found = useApi(
    '/api/v1/publishers',
    { params: { query: { limit: PAGE, ...(q && { q }) } } },
    { enabled: open || q !== '' },
  );
  const items = found.data?.items ?? [];
  const settled = q === (typed ?? '').trim() && !found.loading;
  return (
    <Combobox
      {...rest}
      freeform
      autoComplete="off"
      placeholder={placeholder}
      listbox={{ className: styles.listbox }}
      value={typed ?? (value ? label(value) : '')}
      selectedOptions={value ? [value.id] : []}
      open={open}
      onOpenChange={(_, data) => {
        setOpen(data.open);
        if (!data.open) setTyped(null);
      }}
      onChange={(event) => {
        setTyped(event.target.value);
        setOpen(true);
      }}
      onOptionSelect={(_, data) => {
        const chosen = items.find((p) => p.id === data.optionValue);
        setTyped(null);
        if (chosen) onChange(chosen);
      }}
    >
      {items.map((p) => (
        <Option key={p.id} value={p.id} text={label(p)}>
          <div className={styles.option}>
            <Text weight="semibold">{p.companyName}</Text>
            <Text size={200}>{t('shell.mpnId', { id: p.mpnId })}</Text>
          </div>
        </Option>
      ))}
      {items.length === 0 && settled && (
        <Option key="none" value="" text="" disabled>
          {t('picker.none')}
        </Option>
      )}
      {found.data?.hasMore && (
        <Option key="more" value="" text="" disabled>
          {t('picker.more', { count: PAGE })}
        </Option>
      )}
    </Combobox>
  );
}
