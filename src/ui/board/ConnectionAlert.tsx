import type { ConnectionState } from '../../collab/connection.ts';

interface Props {
  state: ConnectionState;
  /** Offered when the board has loaded: the copy in this browser can always be saved as a file. */
  onExport?: () => void;
}

/**
 * Why the board is not connected, under the header, until a connection succeeds again. The
 * pill beside the title says only that; the reason and what to do next need more room.
 */
export function ConnectionAlert({ state, onExport }: Props) {
  if (state.kind !== 'failed') return null;
  return (
    <div className="connection-alert" role="alert">
      <span className="connection-alert__text">{state.message}</span>
      {onExport && (
        <button className="button connection-alert__action" onClick={onExport}>
          Export a copy
        </button>
      )}
    </div>
  );
}
