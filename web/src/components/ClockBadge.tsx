import { Badge } from '@fluentui/react-components';
import { useI18n } from '../i18n/i18n.tsx';
import type { ClockState } from '../api/model.ts';

const COLOR = {
  'on-track': 'informative',
  'due-soon': 'warning',
  late: 'danger',
  kept: 'success',
  missed: 'severe',
} as const;

/** A clock's state (on track, due soon, late, kept, missed) as a coloured label. */
export function ClockBadge({ clock }: { clock: ClockState }) {
  const { t } = useI18n();
  return (
    <Badge appearance="tint" color={COLOR[clock]}>
      {t(`clock.${clock}`)}
    </Badge>
  );
}
