import { ReactFlow, useNodesState, type Node } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { createRoot } from 'react-dom/client';

/*
 * The drag benchmark's yardstick: React Flow as its documentation shows it, with 1,000 default
 * nodes and nothing else. The nodes sit where the big map's cards would (30 stage columns ×
 * 8 lane rows, cards spread evenly over the cells and stacked at the same pitch), and the view
 * fits the same way as the map's, so both pages open at a similar zoom.
 */
const STAGES = 30;
const LANES = 8;
const NODES = 1000;
const FIT_VIEW = { padding: 0.1, maxZoom: 1 };

// The map's measures (src/canvas/metrics.ts): column pitch, header sizes, card pitch, row padding.
const COLUMN_PITCH = 312;
const FIRST_COLUMN_X = 232;
const FIRST_ROW_Y = 144;
const CARD_PITCH = 56;
const ROW_EXTRA = 12 + 40 + 12;

const CELLS = STAGES * LANES;
const cardsIn = (cell: number) => Math.floor(NODES / CELLS) + (cell < NODES % CELLS ? 1 : 0);

function gridNodes(): Node[] {
  const rowTops: number[] = [];
  let y = FIRST_ROW_Y;
  for (let lane = 0; lane < LANES; lane++) {
    rowTops.push(y);
    const fullest = Math.max(...Array.from({ length: STAGES }, (_, stage) => cardsIn(lane * STAGES + stage)));
    y += fullest * CARD_PITCH + ROW_EXTRA;
  }
  return Array.from({ length: NODES }, (_, i) => {
    const cell = i % CELLS;
    const stage = cell % STAGES;
    const lane = Math.floor(cell / STAGES);
    return {
      id: String(i),
      position: { x: FIRST_COLUMN_X + stage * COLUMN_PITCH + 12, y: rowTops[lane]! + 12 + Math.floor(i / CELLS) * CARD_PITCH },
      data: { label: `Node ${i + 1}` },
    };
  });
}

const INITIAL_NODES = gridNodes();

function BareFlow() {
  const [nodes, , onNodesChange] = useNodesState(INITIAL_NODES);
  return (
    <div style={{ width: '100vw', height: '100vh' }}>
      <ReactFlow nodes={nodes} onNodesChange={onNodesChange} fitView fitViewOptions={FIT_VIEW} minZoom={0.1} maxZoom={2} />
    </div>
  );
}

createRoot(document.getElementById('root')!).render(<BareFlow />);
