import { useContext } from 'react';
import { useT } from '../../browser/i18n.tsx';
import type { Translate } from '../../i18n/index.ts';
import type { ComparedBoards, RecordChange } from '../../model/compareBoards.ts';
import { laneName } from '../../model/laneName.ts';
import { ChangesContext, useChange } from '../../browser/changesContext.ts';
import './compare.css';

/**
 * The tags a record carries while two states are compared: new, removed, moved from where,
 * which fields changed, what it was called. They sit on the record's top edge, outside it, so
 * the record keeps its size and every word of it stays where it was.
 */
export function ChangeTags({ id }: { id: string }) {
  const t = useT();
  const compared = useContext(ChangesContext);
  const change = useChange(id);
  if (!compared || !change) return null;
  return (
    <div className="change-tags" data-change={change.kinds.join(' ')}>
      {change.kinds.map((kind) => (
        <span key={kind} className={`change-tag change-tag--${kind}`}>
          {tagText(kind, change, compared, t)}
        </span>
      ))}
    </div>
  );
}

function tagText(kind: RecordChange['kinds'][number], change: RecordChange, compared: ComparedBoards, t: Translate): string {
  switch (kind) {
    case 'added':
      return t('history.mark.added');
    case 'removed':
      return t('history.mark.removed');
    case 'moved':
      return t('history.mark.moved', { from: cellName(compared, change.from, t) });
    case 'changed':
      return t('history.mark.changed', { fields: (change.fields ?? []).map((field) => t(`history.field.${field}`)).join(', ') });
    case 'renamed':
    case 'reworded':
      return t('history.mark.renamed', { was: clipped(change.was ?? '') });
  }
}

/** The cell a card was in, by the names its stage and lane had then. */
function cellName(compared: ComparedBoards, from: RecordChange['from'], t: Translate): string {
  const stage = compared.before.stages.find((s) => s.id === from?.stageId);
  const lane = compared.before.lanes.find((l) => l.id === from?.laneId);
  return [stage ? stage.title.trim() || t('lanes.stage.untitled') : '', lane ? laneName(lane, t) : ''].filter(Boolean).map(clipped).join(' · ');
}

/** A tag is one line on the map: an old title is cut short, whole in the comparison's summary. */
function clipped(text: string): string {
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

