import { Component, type ReactNode } from 'react';

interface Props {
  live: boolean;
  children: ReactNode;
}

interface State {
  error: unknown;
  shownLive: boolean;
}

/**
 * A preview that cannot be drawn (one stored by an older version of the app, say) must not take
 * the page down: its view is left out and the page waits for the live document, which starts
 * afresh. The live board's own errors are not caught here.
 */
export class PreviewBoundary extends Component<Props, State> {
  override state: State = { error: null, shownLive: this.props.live };

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.live !== state.shownLive ? { shownLive: props.live, error: null } : null;
  }

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error };
  }

  override render() {
    if (this.state.error === null) return this.props.children;
    if (this.state.shownLive) throw this.state.error;
    return null;
  }
}
