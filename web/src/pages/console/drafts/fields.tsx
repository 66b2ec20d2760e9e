// The editor's fields: each reads and writes one JSON pointer of the draft, and shows beside it the problems the
// service named for that pointer, in the reader's words.
import { Checkbox, Field, Input, Select, Switch, Textarea } from '@fluentui/react-components';
import { createContext, useContext, useState, type ReactNode } from 'react';
import { useI18n } from '../../../i18n/i18n.tsx';
import {
  centsToDollars,
  dollarsToCents,
  fieldId,
  problemWords,
  strings,
  text,
  toInteger,
  valueAt,
  type Doc,
  type DraftProblem,
} from './model.ts';

export interface DraftEditing {
  doc: Doc;
  problems: DraftProblem[];
  /** Read-only: a published version shown with the editor's forms. */
  readOnly: boolean;
  change: (pointer: string, value: unknown) => void;
}

export const DraftContext = createContext<DraftEditing | null>(null);

export function useDraft(): DraftEditing {
  const editing = useContext(DraftContext);
  if (!editing) throw new Error('useDraft outside a DraftContext');
  return editing;
}

/** The problems named for exactly `pointer`, in the reader's words. */
export function useProblemsAt(pointer: string): string | undefined {
  const i18n = useI18n();
  const { doc, problems } = useDraft();
  const here = problems.filter((p) => p.path === pointer);
  return here.length > 0 ? here.map((p) => problemWords(i18n, doc, p)).join(' ') : undefined;
}

function DocField({
  pointer,
  label,
  hint,
  children,
}: {
  pointer: string;
  label: string;
  hint?: string;
  children: ReactNode;
}) {
  const problem = useProblemsAt(pointer);
  // A published version is only read: how to fill a field is no help there.
  const { readOnly } = useDraft();
  return (
    <Field
      label={label}
      hint={readOnly ? undefined : hint}
      validationMessage={problem}
      validationState={problem ? 'error' : 'none'}
    >
      {children}
    </Field>
  );
}

/**
 * A field typed as text and kept as typed ("1." on the way to "1.5" is not reformatted) while the document holds
 * what the typing produced; when the document changes under it (a tier removed above), it shows the new value.
 */
function useTyped(
  value: unknown,
  show: (v: unknown) => string,
): [string, (typed: string, produced: unknown) => void] {
  const [state, setState] = useState({ typed: show(value), value });
  if (JSON.stringify(state.value) !== JSON.stringify(value)) setState({ typed: show(value), value });
  return [state.typed, (typed, produced) => setState({ typed, value: produced })];
}

export function TextField({
  pointer,
  label,
  hint,
  long,
}: {
  pointer: string;
  label: string;
  hint?: string;
  long?: boolean;
}) {
  const { doc, readOnly, change } = useDraft();
  const value = text(valueAt(doc, pointer));
  const props = { id: fieldId(pointer), value, readOnly };
  return (
    <DocField pointer={pointer} label={label} hint={hint}>
      {long ? (
        <Textarea {...props} resize="vertical" onChange={(_, d) => change(pointer, d.value)} />
      ) : (
        <Input {...props} onChange={(_, d) => change(pointer, d.value)} />
      )}
    </DocField>
  );
}

/** A whole number (days, months, a count). */
export function NumberField({ pointer, label }: { pointer: string; label: string }) {
  const { doc, readOnly, change } = useDraft();
  const [typed, setTyped] = useTyped(valueAt(doc, pointer), text);
  return (
    <DocField pointer={pointer} label={label}>
      <Input
        id={fieldId(pointer)}
        inputMode="numeric"
        value={typed}
        readOnly={readOnly}
        onChange={(_, d) => {
          const produced = toInteger(d.value);
          setTyped(d.value, produced);
          change(pointer, produced);
        }}
      />
    </DocField>
  );
}

/** US dollars, kept as integer cents. An empty field removes the amount when `optional`. */
export function MoneyField({
  pointer,
  label,
  optional,
}: {
  pointer: string;
  label: string;
  optional?: boolean;
}) {
  const { doc, readOnly, change } = useDraft();
  const [typed, setTyped] = useTyped(valueAt(doc, pointer), centsToDollars);
  return (
    <DocField pointer={pointer} label={label}>
      <Input
        id={fieldId(pointer)}
        inputMode="decimal"
        contentBefore="$"
        value={typed}
        readOnly={readOnly}
        onChange={(_, d) => {
          const produced = optional && d.value.trim() === '' ? undefined : dollarsToCents(d.value);
          setTyped(d.value, produced);
          change(pointer, produced);
        }}
      />
    </DocField>
  );
}

export function ChoiceField({
  pointer,
  label,
  options,
}: {
  pointer: string;
  label: string;
  options: readonly (readonly [string, string])[];
}) {
  const { doc, readOnly, change } = useDraft();
  const value = text(valueAt(doc, pointer));
  const known = options.some(([v]) => v === value);
  return (
    <DocField pointer={pointer} label={label}>
      <Select
        id={fieldId(pointer)}
        value={value}
        disabled={readOnly}
        onChange={(_, d) => change(pointer, d.value)}
      >
        {!known && <option value={value}>{value}</option>}
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </Select>
    </DocField>
  );
}

/** A set of values (listing types, prerequisites), one checkbox each. */
export function ChecksField({
  pointer,
  label,
  options,
}: {
  pointer: string;
  label: string;
  options: readonly (readonly [string, string])[];
}) {
  const { doc, readOnly, change } = useDraft();
  const chosen = strings(valueAt(doc, pointer));
  const toggle = (v: string, on: boolean) =>
    change(
      pointer,
      on
        ? options.map(([o]) => o).filter((o) => o === v || chosen.includes(o))
        : chosen.filter((c) => c !== v),
    );
  return (
    <DocField pointer={pointer} label={label}>
      <div id={fieldId(pointer)} role="group" aria-label={label}>
        {options.map(([v, l]) => (
          <Checkbox
            key={v}
            label={l}
            checked={chosen.includes(v)}
            disabled={readOnly}
            onChange={(_, d) => toggle(v, d.checked === true)}
          />
        ))}
      </div>
    </DocField>
  );
}

/** A list of short strings, typed comma-separated; `optional`: empty removes the key. */
export function ListField({
  pointer,
  label,
  hint,
  optional,
}: {
  pointer: string;
  label: string;
  hint?: string;
  optional?: boolean;
}) {
  const { doc, readOnly, change } = useDraft();
  const [typed, setTyped] = useTyped(valueAt(doc, pointer), (v) => strings(v).join(', '));
  return (
    <DocField pointer={pointer} label={label} hint={hint}>
      <Input
        id={fieldId(pointer)}
        value={typed}
        readOnly={readOnly}
        onChange={(_, d) => {
          const items = d.value
            .split(',')
            .map((s) => s.trim())
            .filter((s) => s !== '');
          const produced = optional && items.length === 0 ? undefined : items;
          setTyped(d.value, produced);
          change(pointer, produced);
        }}
      />
    </DocField>
  );
}

export function SwitchField({ pointer, label }: { pointer: string; label: string }) {
  const { doc, readOnly, change } = useDraft();
  return (
    <DocField pointer={pointer} label={label}>
      <Switch
        id={fieldId(pointer)}
        checked={valueAt(doc, pointer) === true}
        disabled={readOnly}
        onChange={(_, d) => change(pointer, d.checked)}
      />
    </DocField>
  );
}

/** A day, or none (`null`) when the field is left empty. */
export function DayField({ pointer, label, hint }: { pointer: string; label: string; hint?: string }) {
  const { doc, readOnly, change } = useDraft();
  return (
    <DocField pointer={pointer} label={label} hint={hint}>
      <Input
        id={fieldId(pointer)}
        type="date"
        value={text(valueAt(doc, pointer))}
        readOnly={readOnly}
        onChange={(_, d) => change(pointer, d.value === '' ? null : d.value)}
      />
    </DocField>
  );
}
