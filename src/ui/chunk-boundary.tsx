import './chunk-boundary.css';
import { Component, type ReactNode } from 'react';

interface Props {
  /** What could not be shown, in the reader's language ("The charts could not be loaded."). */
  message: string;
  /** The Retry button's label, in the reader's language. */
  retryLabel: string;
  /** Runs before the children are rendered again: a lazyWithRetry reset, so the chunk is fetched anew. */
  onRetry: () => void;
  className?: string;
  children: ReactNode;
}

interface State {
  failed: boolean;
}

/**
 * Keeps a fault local: when a lazy part's chunk cannot be loaded (or the part throws while
 * rendering), only that part is replaced by a message and a Retry button; the rest of the page
 * keeps working. React reports the caught error itself (console.error), so nothing is logged here.
 */
export class ChunkBoundary extends Component<Props, State> {
  state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  private retry = () => {
    this.props.onRetry();
    this.setState({ failed: false });
  };

  render() {
    if (!this.state.failed) return this.props.children;
    const { message, retryLabel, className } = this.props;
    return (
      <div className={className ? `chunk-failed ${className}` : 'chunk-failed'} role="alert">
        <p>{message}</p>
        <button type="button" className="button" onClick={this.retry}>
          {retryLabel}
        </button>
      </div>
    );
  }
}
