import type { NodeTypes } from '@xyflow/react';
import { BlueprintLineNode } from './BlueprintLineNode.tsx';
import { CardNode } from './CardNode.tsx';
import { CellGrid } from './CellGrid.tsx';
import { EmotionNode } from './EmotionNode.tsx';
import { LaneNode } from './LaneNode.tsx';
import { NoteNode } from './NoteNode.tsx';
import { StageNode } from './StageNode.tsx';
import { CardSheet } from '../overview/CardSheet.tsx';
import './lanes.css';

/** Defined once, outside any component: React Flow re-mounts every node if this object changes. */
export const NODE_TYPES: NodeTypes = {
  stage: StageNode,
  lane: LaneNode,
  cellGrid: CellGrid,
  card: CardNode,
  note: NoteNode,
  emotion: EmotionNode,
  blueprintLine: BlueprintLineNode,
  cardSheet: CardSheet,
} as NodeTypes;
