import { useState } from 'react';
import { useT } from '../../browser/i18n.tsx';
import type { ConnectionState } from '../../collab/connection.ts';

interface Props {
  state: ConnectionState;
  /** Offered when the board has loaded: the copy in this browser can always be saved as a file. */
  onExport?: () => void;
  /** Deletes this browser's copy and loads the board again from the server. */
  onDiscardCopy(): void;
}

/**
 * Why the board is not connected, under the header, until a connection succeeds again. The
 * pill beside the title says only that; the reason and what to do next need more room. When
 * the server refuses what this browser's copy holds, the copy can be discarded, after a second
 * press that says what goes with it.
 */
export function ConnectionAlert({ state, onExport, onDiscardCopy }: Props) {
  const t = useT();
  const [confirming, setConfirming] = useState(false);
  if (state.kind !== 'failed') return null;
  return (
    <div className="connection-alert" role="alert">
      <span className="connection-alert__text">{state.message}</span>
      {confirming ? (
        <span className="connection-alert__actions">
          <span className="connection-alert__warning">{t('board.alert.warning')}</span>
          <button className="button connection-alert__action connection-alert__action--danger" onClick={onDiscardCopy}>
            {t('board.alert.discard')}
          </button>
          <button className="button connection-alert__action" autoFocus onClick={() => setConfirming(false)}>
            {t('board.alert.keep')}
          </button>
        </span>
      ) : (
        <span className="connection-alert__actions">
          {onExport && (
            <button className="button connection-alert__action" onClick={onExport}>
              {t('board.alert.export')}
            </button>
          )}
          {state.copyRefused && (
            <button className="button connection-alert__action" onClick={() => setConfirming(true)}>
              {t('board.alert.discardCopy')}
            </button>
          )}
        </span>
      )}
    </div>
  );
}
