import { LANE_KINDS, LANE_KIND_LABELS } from '../model/index.ts';
import { PALETTE_MIME, type PaletteItem } from './palette.ts';

interface Props {
  /** Adds the item without dragging (click or keyboard): at the end, or the middle of the view. */
  onAdd(item: PaletteItem): void;
  onShowShortcuts(): void;
}

function Tile({ item, label, hint, onAdd }: { item: PaletteItem; label: string; hint: string; onAdd(item: PaletteItem): void }) {
  return (
    <button
      className={`palette__tile palette__tile--${item.kind}`}
      draggable
      title={hint}
      aria-label={`${label}: drag onto the map, or press to add`}
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

/** The palette: drag a stage, a lane of any kind, a card or a sticky note onto the map. */
export function Palette({ onAdd, onShowShortcuts }: Props) {
  return (
    <aside className="palette" aria-label="Palette">
      <h2 className="palette__heading">Add</h2>
      <Tile item={{ kind: 'card' }} label="Card" hint="Drop into a cell" onAdd={onAdd} />
      <Tile item={{ kind: 'note' }} label="Sticky note" hint="Drop anywhere" onAdd={onAdd} />
      <Tile item={{ kind: 'stage' }} label="Stage" hint="Drop between stages" onAdd={onAdd} />
      <h2 className="palette__heading">Lanes</h2>
      {LANE_KINDS.map((laneKind) => (
        <Tile key={laneKind} item={{ kind: 'lane', laneKind }} label={LANE_KIND_LABELS[laneKind]} hint="Drop between lanes" onAdd={onAdd} />
      ))}
      <button className="palette__help" onClick={onShowShortcuts}>
        Keyboard shortcuts <kbd>?</kbd>
      </button>
    </aside>
  );
}
