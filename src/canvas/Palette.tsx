import { useT } from '../browser/i18n.tsx';
import { LANE_KINDS, blueprintDepth, type LaneKind } from '../model/index.ts';
import { laneKindLabel } from '../model/lane.ts';
import { PALETTE_MIME, type PaletteItem } from './palette.ts';

interface Props {
  /** Adds the item without dragging (click or keyboard): at the end, or the middle of the view. */
  onAdd(item: PaletteItem): void;
  onShowShortcuts(): void;
}

function Tile({ item, label, hint, onAdd }: { item: PaletteItem; label: string; hint: string; onAdd(item: PaletteItem): void }) {
  const t = useT();
  return (
    <button
      className={`palette__tile palette__tile--${item.kind}`}
      draggable
      title={hint}
      aria-label={t('board.palette.tile', { label })}
      onDragStart={(e) => {
        e.dataTransfer.setData(PALETTE_MIME, JSON.stringify(item));
        e.dataTransfer.effectAllowed = 'copy';
      }}
      onClick={() => onAdd(item)}
    >
      {label}
    </button>
  );
}

/** The customer's lanes, then a service blueprint's, which go behind them. */
const JOURNEY_KINDS: readonly LaneKind[] = LANE_KINDS.filter((kind) => blueprintDepth(kind) === 0);
const BLUEPRINT_KINDS: readonly LaneKind[] = LANE_KINDS.filter((kind) => blueprintDepth(kind) > 0);

/** The palette: drag a stage, a lane of any kind, a card or a sticky note onto the map. */
export function Palette({ onAdd, onShowShortcuts }: Props) {
  const t = useT();
  return (
    <aside className="palette" aria-label={t('board.palette.label')}>
      <h2 className="palette__heading">{t('board.palette.add')}</h2>
      <Tile item={{ kind: 'card' }} label={t('board.palette.card')} hint={t('board.palette.cardHint')} onAdd={onAdd} />
      <Tile item={{ kind: 'note' }} label={t('board.palette.note')} hint={t('board.palette.noteHint')} onAdd={onAdd} />
      <Tile item={{ kind: 'stage' }} label={t('board.palette.stage')} hint={t('board.palette.stageHint')} onAdd={onAdd} />
      <h2 className="palette__heading">{t('board.palette.lanes')}</h2>
      {JOURNEY_KINDS.map((laneKind) => (
        <Tile key={laneKind} item={{ kind: 'lane', laneKind }} label={laneKindLabel(laneKind, t)} hint={t('board.palette.laneHint')} onAdd={onAdd} />
      ))}
      <h2 className="palette__heading">{t('board.palette.blueprint')}</h2>
      {BLUEPRINT_KINDS.map((laneKind) => (
        <Tile key={laneKind} item={{ kind: 'lane', laneKind }} label={laneKindLabel(laneKind, t)} hint={t('board.palette.blueprintHint')} onAdd={onAdd} />
      ))}
      <button className="palette__help" onClick={onShowShortcuts}>
        {t('board.palette.shortcuts')} <kbd>?</kbd>
      </button>
    </aside>
  );
}
