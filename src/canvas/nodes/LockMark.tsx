import { useT } from '../../browser/i18n.tsx';
import { setLocked } from '../../doc/index.ts';
import { useCanvasActions, useLock } from '../canvasContext.ts';
import './lockMark.css';

function LockIcon({ open = false }: { open?: boolean }) {
  return (
    <svg viewBox="0 0 16 16" aria-hidden="true">
      <rect x="3" y="7" width="10" height="7" rx="1.5" />
      <path d={open ? 'M5.5 7V4.8a2.5 2.5 0 0 1 4.9-.7' : 'M5.5 7V4.8a2.5 2.5 0 0 1 5 0V7'} />
    </svg>
  );
}

/** Shown on a locked stage, lane or card, to everyone: it is held as it is. */
export function LockBadge({ id }: { id: string }) {
  const t = useT();
  const { locked } = useLock(id);
  if (!locked) return null;
  return (
    <span className="lock-badge" role="img" aria-label={t('canvas.lock.locked')} title={t('canvas.lock.lockedHint')}>
      <LockIcon />
    </span>
  );
}

/** Locks or unlocks a stage, lane or card: offered to the workshop's facilitator and the owner alone. */
export function LockToggle({ id, name }: { id: string; name: string }) {
  const t = useT();
  const { ctx } = useCanvasActions();
  const { locked, mayLock } = useLock(id);
  if (!mayLock) return null;
  return (
    <button
      className="icon-button lock-toggle"
      aria-pressed={locked}
      aria-label={t(locked ? 'canvas.lock.unlock' : 'canvas.lock.lock', { name })}
      title={t(locked ? 'canvas.lock.unlockHint' : 'canvas.lock.lockHint')}
      onClick={() => setLocked(ctx, [id], !locked)}
    >
      <LockIcon open={locked} />
    </button>
  );
}
