// Loading, empty and error states, the same on every page.
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  Text,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { ApiError } from '../api.ts';
import { useI18n, type I18n } from '../i18n/i18n.tsx';

/** The problem's message in the user's language, or the server's detail when the catalog has none. */
export function problemText(i18n: I18n, error: ApiError): string {
  if (error.code === 'network') return i18n.t('problem.network');
  return i18n.tOr(`problem.${error.code}`, error.message, { detail: error.message });
}

/** A field's error in the user's language, or the server's detail. */
export function fieldText(i18n: I18n, error: ApiError | undefined, field: string): string | undefined {
  const found = error?.field(field);
  // Length limits come in the server's detail ("must NOT have fewer than 20 characters").
  const limit = /\d+/.exec(found?.detail ?? '')?.[0] ?? '';
  if (!found) return undefined;
  // People's words for what the schema says: an empty required field, an email address, a pattern (never shown).
  if (found.code === 'minLength' && limit === '1') return i18n.t('fieldError.required');
  if (found.code === 'format' && found.detail.includes('"email"')) return i18n.t('fieldError.invalid-email');
  return i18n.tOr(`fieldError.${found.code}`, found.detail, { limit });
}

/** A Fluent Field's error props for one body field: the message beside the field, or nothing. */
export function fieldProps(
  i18n: I18n,
  error: ApiError | undefined,
  field: string,
): { validationMessage?: string; validationState?: 'error' } {
  const text = fieldText(i18n, error, field);
  return text ? { validationMessage: text, validationState: 'error' } : {};
}

export function Loading() {
  const { t } = useI18n();
  return <Spinner size="small" label={t('common.loading')} />;
}

export function ErrorBar({ error, onRetry }: { error: ApiError; onRetry?: () => void }) {
  const i18n = useI18n();
  return (
    <MessageBar intent="error" role="alert">
      <MessageBarBody>{problemText(i18n, error)}</MessageBarBody>
      {onRetry && (
        <MessageBarActions>
          <Button onClick={onRetry}>{i18n.t('common.retry')}</Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}

export function SuccessBar({ children }: { children: ReactNode }) {
  return (
    <MessageBar intent="success" role="status">
      <MessageBarBody>{children}</MessageBarBody>
    </MessageBar>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return (
    <Text as="p" italic>
      {children}
    </Text>
  );
}

/** What a page shows while its data loads or when it failed: nothing else until there is data. */
export function Gate<T>({
  loaded,
  children,
}: {
  loaded: { data: T | undefined; error: ApiError | undefined; reload: () => void };
  children: (data: T) => ReactNode;
}) {
  if (loaded.data !== undefined)
    return (
      <>
        {loaded.error && <ErrorBar error={loaded.error} onRetry={loaded.reload} />}
        {children(loaded.data)}
      </>
    );
  if (loaded.error) return <ErrorBar error={loaded.error} onRetry={loaded.reload} />;
  return <Loading />;
}
