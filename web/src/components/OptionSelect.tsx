// A drop-down of choices given as [value, label] pairs. An empty value ('') comes first when `none` names it (a
// choice: no offer, any status) or `prompt` does (not a choice: pick a user first). Inside a Field, which labels it.
import { Select, type SelectProps } from '@fluentui/react-components';

export function OptionSelect({
  value,
  onChange,
  options,
  none,
  prompt,
  ...rest
}: Omit<SelectProps, 'value' | 'onChange' | 'children'> & {
  value: string;
  onChange: (value: string) => void;
  options: readonly (readonly [value: string, label: string])[];
  none?: string;
  prompt?: string;
}) {
  return (
    <Select {...rest} value={value} onChange={(_, data) => onChange(data.value)}>
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
