// A drop-down of choices given as [value, label] pairs. An empty value ('') comes first when `none` names it (a
// choice: no offer, any status) or `prompt` does (not a choice: pick a user first). Inside a Field, which labels it.
// Typed by its values (T includes '' when none or prompt is given), so that a choice fits the API's enum.
import { Select, type SelectProps } from '@fluentui/react-components';

export function OptionSelect<T extends string>({
  value,
  onChange,
  options,
  none,
  prompt,
  ...rest
}: Omit<SelectProps, 'value' | 'onChange' | 'children'> & {
  value: T;
  onChange: (value: T) => void;
  options: readonly (readonly [value: T, label: string])[];
  none?: string;
  prompt?: string;
}) {
  return (
    <Select {...rest} value={value} onChange={(_, data) => onChange(data.value as T)}>
      {none !== undefined && <option value="">{none}</option>}
      {prompt !== undefined && (
        <option value="" disabled>
          {prompt}
        </option>
      )}
      {options.map(([v, label]) => (
        <option key={v} value={v}>
          {label}
        </option>
      ))}
    </Select>
  );
}
