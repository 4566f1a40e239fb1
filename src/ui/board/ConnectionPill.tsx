import { useT } from '../../browser/i18n.tsx';
import type { ConnectionState } from '../../collab/connection.ts';
import type { MessageId } from '../../i18n/index.ts';

const LABELS: Record<ConnectionState['kind'], MessageId> = {
  connecting: 'board.connection.connecting',
  syncing: 'board.connection.syncing',
  connected: 'board.connection.connected',
  offline: 'board.connection.offline',
  failed: 'board.connection.failed',
};

/**
 * How this page's connection stands. Where the header is short of room, a working connection
 * is told by the dot alone (its word on hover and to screen readers); any trouble keeps its word.
 */
export function ConnectionPill({ state }: { state: ConnectionState }) {
  const t = useT();
  const label = t(LABELS[state.kind]);
  return (
    <span
      className={`pill pill--${state.kind}`}
      role="status"
      data-testid="connection"
      aria-label={t('board.connection.label', { state: label })}
      title={state.kind === 'failed' ? state.message : label}
      data-state={state.kind}
    >
      <span className="pill__text">{label}</span>
    </span>
  );
}
