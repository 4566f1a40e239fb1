import type { ConnectionState } from '../../collab/connection.ts';

const LABELS: Record<ConnectionState['kind'], string> = {
  connecting: 'Connecting…',
  syncing: 'Syncing…',
  connected: 'Connected',
  offline: 'Offline — edits are kept',
  failed: 'Not connected',
};

export function ConnectionPill({ state }: { state: ConnectionState }) {
  return (
    <span
      className={`pill pill--${state.kind}`}
      role="status"
      aria-label={`Connection: ${LABELS[state.kind]}`}
      title={state.kind === 'failed' ? state.message : undefined}
      data-state={state.kind}
    >
      {LABELS[state.kind]}
    </span>
  );
}
