import { useT } from '../browser/i18n.tsx';
import { useChange } from '../browser/changesContext.ts';

/** While two states are compared, what became of a strategy item: new, removed, or its words before. */
export function ItemChange({ id }: { id: string }) {
  const t = useT();
  const change = useChange(id);
  if (!change) return null;
  return (
    <span className="strategy-item__changes">
      {change.kinds.map((kind) => (
        <span key={kind} className={`strategy-item__change strategy-item__change--${kind}`}>
          {kind === 'added' ? t('history.mark.added') : kind === 'removed' ? t('history.mark.removed') : t('history.mark.renamed', { was: change.was ?? '' })}
        </span>
      ))}
    </span>
  );
}
