import { useMemo } from 'react';
import { useT } from '../../browser/i18n.tsx';
import { layoutJourney } from '../../canvas/layout.ts';
import type { Board } from '../../model/index.ts';
import { CANVAS_LAYOUT } from '../../model/strategyLayout.ts';
import { itemsBySection } from '../../model/strategyItems.ts';
import './templatePreview.css';

const WIDTH = 320;
const HEIGHT = 180;

/** A thumbnail drawn from the template's own board: its map's grid and cards, or its canvas. */
export function TemplatePreview({ board, view }: { board: Board; view: 'map' | 'strategy' }) {
  const t = useT();
  return (
    <svg className="template-preview" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={view === 'map' ? t('gallery.preview.map') : t('gallery.preview.canvas')}>
      {view === 'map' ? <MapPreview board={board} /> : <CanvasPreview board={board} />}
    </svg>
  );
}

function MapPreview({ board }: { board: Board }) {
  const { nodes, cells, width, height } = useMemo(() => layoutJourney(board), [board]);
  if (board.stages.length === 0) return <EmptyMap />;
  const scale = Math.min((WIDTH - 16) / width, (HEIGHT - 16) / height);
  const left = (WIDTH - width * scale) / 2;
  const top = (HEIGHT - height * scale) / 2;
  return (
    <g transform={`translate(${left} ${top}) scale(${scale})`}>
      {cells.map((cell) => (
        <rect key={cell.id} x={cell.x} y={cell.y} width={cell.width} height={cell.height} rx={8} className="template-preview__cell" />
      ))}
      {nodes.map((node) => {
        if (node.type === 'note' || node.type === 'emotion' || node.type === 'cellGrid') return null;
        const { x, y } = node.position;
        const w = node.width ?? 0;
        const h = node.height ?? 0;
        const style = node.type === 'card' ? `var(--edge-${node.data.card.color})` : node.type === 'stage' ? `var(--edge-${node.data.stage.color})` : undefined;
        return <rect key={node.id} x={x} y={y} width={w} height={h} rx={8} className={`template-preview__${node.type}`} style={style ? { fill: style } : undefined} />;
      })}
    </g>
  );
}

function EmptyMap() {
  return (
    <g className="template-preview__empty">
      {[0, 1, 2, 3].map((i) => (
        <rect key={i} x={24 + i * 70} y={28} width={62} height={124} rx={6} />
      ))}
    </g>
  );
}

/** The canvas's eighteen sections as a 6 x 3 grid, each with a bar per item (up to six). */
function CanvasPreview({ board }: { board: Board }) {
  const bySection = itemsBySection(board.strategy);
  const cellW = (WIDTH - 16) / 6;
  const cellH = (HEIGHT - 16) / 3;
  return (
    <g transform="translate(8 8)">
      {CANVAS_LAYOUT.map((band, row) =>
        band.sections.map((id, column) => {
          const items = (bySection.get(id) ?? []).slice(0, 6);
          const x = column * cellW;
          const y = row * cellH;
          return (
            <g key={id}>
              <rect x={x + 2} y={y + 2} width={cellW - 4} height={cellH - 4} rx={4} className={`template-preview__section template-preview__section--${band.band}`} />
              {items.map((item, i) => (
                <rect key={item.id} x={x + 8} y={y + 10 + i * 7} width={Math.min(cellW - 16, 10 + item.text.length * 0.9)} height={3} rx={1.5} className="template-preview__line" />
              ))}
            </g>
          );
        }),
      )}
    </g>
  );
}
