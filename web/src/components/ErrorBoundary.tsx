import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { Component, type ReactNode } from 'react';

/**
 * A page that failed to render or to load (a chunk gone after an update, a network blip) says so and offers a
 * reload, instead of leaving a blank page.
 */
export class ErrorBoundary extends Component<
  { message: string; reload: string; children: ReactNode },
  { failed: boolean }
> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <MessageBar intent="error" role="alert">
        <MessageBarBody>{this.props.message}</MessageBarBody>
        <MessageBarActions>
          <Button onClick={() => location.reload()}>{this.props.reload}</Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
}
