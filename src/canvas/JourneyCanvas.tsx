import {
  ControlButton,
  ConnectionLineType,
  ConnectionMode,
  Controls,
  ReactFlow,
  ReactFlowProvider,
  useReactFlow,
  useStore,
  type OnNodeDrag,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { followStore } from '../collab/following.ts';
import { useBroadcastPresence } from '../collab/useBroadcastPresence.ts';
import { PeerSelectionsProvider, usePeerSelectedIds } from './presence/PeerSelectionOutline.tsx';
import { PresenceLayer } from './presence/PresenceLayer.tsx';
import { SharedView } from './presence/SharedView.tsx';
import { useLeadsWorkshop } from '../collab/useLeadsWorkshop.ts';
import { heldInPlace } from './lockedNodes.ts';
import { useCallback, useEffect, useMemo, useRef, useState, type Ref } from 'react';
import { deleteLane, deleteStage, may, type EditContext } from '../doc/index.ts';
import { unplacedCards, type Board } from '../model/index.ts';
import { CanvasEmpty } from './CanvasEmpty.tsx';
import { UnplacedTray } from './UnplacedTray.tsx';
import { CanvasActionsContext, DimmedCardsContext, DropTargetContext, LocksContext, type CanvasActions } from './canvasContext.ts';
import { NO_FILTER, dimmedCards, liveFilter, type CardFilter } from './filter/filter.ts';
import { MIN_ZOOM, useFirstViewport } from './firstViewport.ts';
import { applyDropCommands, cellAt, commandsForDrop, droppedNodes } from './changes.ts';
import { layoutJourney, nodeId, type JourneyNode } from './layout.ts';
import { MapToolbar } from './MapToolbar.tsx';
import { EDGE_TYPES } from './connectors/edgeTypes.ts';
import { namedEdges } from './connectors/edgeNames.ts';
import { useConnectorDrag } from './connectors/useConnectorDrag.ts';
import { useFlowLabels } from './useFlowLabels.ts';
import { Minimap } from './minimap/Minimap.tsx';
import { useMapFit } from './minimap/fitRoom.ts';
import { NODE_TYPES } from './nodes/nodeTypes.ts';
import { OverviewBoxSelect } from './overview/OverviewBoxSelect.tsx';
import { useOverview } from './overview/useOverview.ts';
import { Palette } from './Palette.tsx';
import { PanShield } from './PanShield.tsx';
import { usePaletteDrop } from './usePaletteDrop.ts';
import { useRevealAdded } from './revealInView.ts';
import type { CommandScope } from './commands/registry.ts';
import { useCanvasCommands } from './commands/useCanvasCommands.ts';
import { useClipboard } from './commands/useClipboard.ts';
import { ShortcutsDialog } from './ShortcutsDialog.tsx';
import type { PanelToggle } from './MapToolbar.tsx';
import { MeasuresImport } from './measures/MeasuresImport.tsx';
import { StageEditor } from './editor/StageEditor.tsx';
import { ConfirmDelete } from './editor/ConfirmDelete.tsx';
import { deleteOrAsk, type DeleteRequest } from './editor/deleteRequest.ts';
import { useCanvasNodes } from './useCanvasNodes.ts';
import { useMapExport, type MapExporter } from './useMapExport.ts';
import { useMapFocus, type MapFocus } from './useMapFocus.ts';
import { useLatestCallback } from '../browser/useLatestCallback.ts';
import { useT } from '../browser/i18n.tsx';
import { rootToken } from '../browser/cssToken.ts';
import { CANVAS_VARIABLES } from './canvasVariables.ts';
import { useFocusMode } from './focusMode.ts';
import './canvas.css';

/** Below this zoom a card's text is too small to read, and cards are drawn as plain blocks. */
const FAR_ZOOM = 0.45;
/*
 * Props given to <ReactFlow> as objects live here, so each render passes the same object and
 * React Flow does not take them as changed (as with the handlers, see useLatestCallback).
 * Shift-click adds to the selection as on whiteboards; Shift-drag on the background boxes.
 */
const MULTI_SELECTION_KEYS = ['Shift', 'Meta', 'Control'];
const PRO_OPTIONS = { hideAttribution: true };
let connectionLineStyle: React.CSSProperties | null = null;
/** The line drawn while a connector is dragged out: the accent, dashed until it lands. Read once the stylesheet is in. */
function connectionLine(): React.CSSProperties {
  return (connectionLineStyle ??= { stroke: rootToken('--accent'), strokeWidth: 2, strokeDasharray: '6 4' });
}

interface Props {
  board: Board;
  /**
   * Shows the board without taking keys or pastes, while its document loads. What the person
   * may change once it has loaded is their link's role, in `ctx`.
   */
  readOnly?: boolean;
  ctx: EditContext;
  undo: Y.UndoManager;
  awareness: Awareness;
  onOpenCard(cardId: string): void;
  onNotice(message: string): void;
  /** Filled with what the export dialog needs from the canvas. */
  exporter?: Ref<MapExporter>;
  /** Filled with a way to bring a record into view (the comments panel's targets). */
  focus?: Ref<MapFocus>;
  /** The personas panel's toggle, in the map's toolbar. */
  personas?: PanelToggle;
  /** The ranked opportunities' toggle, beside it. */
  opportunities?: PanelToggle;
}

export function JourneyCanvas(props: Props) {
  return (
    <PeerSelectionsProvider awareness={props.awareness}>
      <ReactFlowProvider>
        <CanvasInner {...props} />
      </ReactFlowProvider>
    </PeerSelectionsProvider>
  );
}

function CanvasInner({ board, readOnly = false, ctx, undo, awareness, onOpenCard, onNotice, exporter, focus, personas, opportunities }: Props) {
  const layout = useMemo(() => layoutJourney(board), [board]);
  const unplaced = useMemo(() => unplacedCards(board), [board]);
  const [filter, setFilter] = useState<CardFilter>(NO_FILTER);
  const dimmed = useMemo(() => dimmedCards(board, liveFilter(board, filter)), [board, filter]);
  const { nodes: placed, onNodesChange, edges, onEdgesChange, endDrag, selected, selectOnly, changeSelection } = useCanvasNodes(layout);
  const flow = useReactFlow<JourneyNode>();
  const flowElement = useRef<HTMLDivElement>(null);
  const fit = useMapFit(layout.nodes);
  // Fitting is moving the map oneself: it ends following, as a pan does.
  const fitMap = () => (followStore(awareness).set(null), void flow.fitView(fit.now()));
  const opening = useFirstViewport(flowElement, layout.nodes, fit.paddingFor);
  // A boolean, so a zoom re-renders the canvas only when it crosses FAR_ZOOM. Until React Flow's
  // pane is set up, its store still holds 100%: the view the map opens at counts.
  const storeFar = useStore((state) => (state.panZoom ? state.transform[2] < FAR_ZOOM : null));
  const far = storeFar ?? (opening?.viewport.zoom ?? 1) < FAR_ZOOM;
  useMapExport(exporter, layout, dimmed);
  useMapFocus(focus, layout, flow, selectOnly);
  const [dropTarget, setDropTarget] = useState<string | null>(null);
  const [editingRequest, setEditingCard] = useState<string | null>(null);
  // Someone may delete the card being edited in place: then nothing is being edited.
  const editingCardId = editingRequest && board.cards.some((c) => c.id === editingRequest) ? editingRequest : null;
  const [editingStageId, setEditingStage] = useState<string | null>(null);
  const [noteToEdit, setNoteToEdit] = useState<string | null>(null);
  const clearNoteToEdit = useLatestCallback(() => setNoteToEdit(null));
  const peerSelected = usePeerSelectedIds();
  const overview = useOverview({ far, layout, nodes: placed, selected, peerSelected, editingCardId, dimmed, toFlow: flow.screenToFlowPosition, selectOnly });
  const onPaneClick = useLatestCallback((event: React.MouseEvent) => overview.onBackgroundClick({ x: event.clientX, y: event.clientY }));
  // Far away a card's text is too small to type into: editing it opens the card's editor instead.
  const editCard = useLatestCallback((cardId: string | null) => (far && cardId !== null ? onOpenCard(cardId) : setEditingCard(cardId)));

  // One function for the board's life, so the actions context (and with it every node) does
  // not change identity on each edit of the document.
  const zoomToStage = useLatestCallback((stageId: string) => {
    const column = layout.columns.find((c) => c.stageId === stageId);
    if (column) void flow.fitBounds({ x: column.x, y: 0, width: column.width, height: layout.height }, { padding: 0.08, duration: 300 });
  });
  const [deleting, setDeleting] = useState<DeleteRequest | null>(null);
  const askToDelete = useLatestCallback((kind: 'stage' | 'lane', id: string) => {
    const request = kind === 'stage' ? { stageIds: [id], laneIds: [], run: () => deleteStage(ctx, id) } : { stageIds: [], laneIds: [id], run: () => deleteLane(ctx, id) };
    deleteOrAsk(board, request, setDeleting);
  });
  const [importingMeasures, setImportingMeasures] = useState<string | null>(null);
  const openMeasuresImport = useCallback((laneId: string) => setImportingMeasures(laneId), []);
  const actions = useMemo<CanvasActions>(
    () => ({ ctx, openCard: onOpenCard, openStage: setEditingStage, zoomToStage, openMeasuresImport, askToDelete, editingCardId, setEditingCard: editCard, noteToEdit, clearNoteToEdit }),
    [ctx, onOpenCard, zoomToStage, openMeasuresImport, askToDelete, editingCardId, editCard, noteToEdit, clearNoteToEdit],
  );

  const targetUnder = (point: { x: number; y: number }) => {
    const cell = cellAt(layout, point);
    return cell ? nodeId.cell(cell.stageId, cell.laneId) : null;
  };
  const onNodeDrag: OnNodeDrag<JourneyNode> = useLatestCallback((_, node) => {
    if (node.type !== 'card') return;
    setDropTarget(targetUnder({ x: node.position.x + (node.width ?? 0) / 2, y: node.position.y + (node.height ?? 0) / 2 }));
  });
  const onNodeDragStop: OnNodeDrag<JourneyNode> = useLatestCallback((_, __, dragged) => {
    applyDropCommands(ctx, commandsForDrop(layout, droppedNodes(dragged)));
    endDrag();
    setDropTarget(null);
  });

  const revealAdded = useRevealAdded(layout, flow);
  const palette = usePaletteDrop({ ctx, layout, flow, setDropTarget, setEditingCard: editCard, setNoteToEdit, onNotice, reveal: revealAdded, targetUnder });

  const connector = useConnectorDrag(ctx, onNotice);
  const t = useT();
  const named = useMemo(() => namedEdges(edges, layout.nodes, t), [edges, layout.nodes, t]);
  const flowLabels = useFlowLabels();

  const [showingShortcuts, setShowingShortcuts] = useState(false);
  const [focused, setFocused] = useFocusMode();
  const scope: CommandScope = {
    ctx,
    undo,
    board,
    selected,
    selectOnly,
    editCard,
    openCard: onOpenCard,
    // Zooming or fitting from the keyboard is moving the map oneself: it ends following, as a pan does.
    fitView: () => fitMap(),
    zoomIn: () => (followStore(awareness).set(null), void flow.zoomIn()),
    zoomOut: () => (followStore(awareness).set(null), void flow.zoomOut()),
    showShortcuts: () => setShowingShortcuts(true),
    toggleFocus: () => setFocused(!focused),
    confirmDelete: setDeleting,
    keptLocked: () => onNotice(t('canvas.lock.kept')),
  };
  // Each command says which role it needs (registry.ts): a view link still walks and zooms.
  useCanvasCommands(scope, editingCardId === null && !readOnly);
  const presence = useBroadcastPresence(awareness);
  const leads = useLeadsWorkshop(ctx);
  const locks = useMemo(() => ({ locked: new Set(board.locks.map((lock) => lock.id)), leads }), [board.locks, leads]);
  const flowNodes = useMemo(() => heldInPlace(overview.nodes, locks), [overview.nodes, locks]);
  useEffect(() => presence.setSelection([...selected]), [presence, selected]);
  const canEdit = may(ctx, 'edit');
  useClipboard(scope, onNotice, !readOnly && canEdit);

  const flowProps = {
    nodes: flowNodes,
    edges: named,
    onEdgesChange,
    nodeTypes: NODE_TYPES,
    edgeTypes: EDGE_TYPES,
    onNodesChange,
    nodesDraggable: canEdit,
    nodesConnectable: canEdit,
    // A connector is drawn from a handle to anywhere on a card or note (useConnectorDrag), and
    // from either handle; a click on a handle starts nothing.
    connectionMode: ConnectionMode.Loose,
    connectOnClick: false,
    connectionLineType: ConnectionLineType.SmoothStep,
    connectionLineStyle: connectionLine(),
    onConnectStart: connector.onConnectStart,
    onConnectEnd: connector.onConnectEnd,
    isValidConnection: connector.isValidConnection,
    edgesReconnectable: false,
    ariaLabelConfig: flowLabels,
    // A card that cannot be dragged is no "nopan" node to React Flow: its double-click (which
    // opens the card) would zoom the map instead.
    zoomOnDoubleClick: canEdit,
    onNodeDrag,
    onNodeDragStop,
    onPaneClick,
    onMoveEnd: overview.onViewMoved,
    deleteKeyCode: null,
    multiSelectionKeyCode: MULTI_SELECTION_KEYS,
    minZoom: MIN_ZOOM,
    maxZoom: 2,
    defaultViewport: opening?.viewport,
    fitView: opening ? !opening.fitted : false,
    fitViewOptions: fit.options,
    // Far away, where only a few cards are nodes, culling mounted thirty stage headers at once
    // when a pan brought them back into view: there everything stays mounted.
    onlyRenderVisibleElements: !overview.mountAll,
    proOptions: PRO_OPTIONS,
    className: far ? 'is-far' : undefined,
    onPointerMove: (e: React.PointerEvent) => {
      const screen = { x: e.clientX, y: e.clientY };
      presence.onPointerMove(flow.screenToFlowPosition(screen));
      overview.onPointer(screen, e.buttons);
    },
    onPointerLeave: () => {
      presence.onPointerLeave();
      overview.onPointer(null, 0);
    },
  };

  return (
    <CanvasActionsContext.Provider value={actions}>
      <LocksContext.Provider value={locks}>
      <DropTargetContext.Provider value={dropTarget}>
        <DimmedCardsContext.Provider value={dimmed}>
          <div className={canEdit ? 'canvas' : 'canvas canvas--read-only'} style={CANVAS_VARIABLES}>
            {canEdit && !focused && <Palette onAdd={palette.add} onShowShortcuts={() => setShowingShortcuts(true)} />}
            {layout.nodes.length > 0 && !focused && <MapToolbar board={board} filter={liveFilter(board, filter)} onFilter={setFilter} matching={board.cards.length - (dimmed?.size ?? 0)} personas={personas} opportunities={opportunities} />}
            <div className={connector.connecting ? 'canvas__flow is-connecting' : 'canvas__flow'} ref={flowElement} onDragOver={palette.onDragOver} onDrop={palette.onDrop} onDragLeave={() => setDropTarget(null)}>
              {opening && (
                <ReactFlow<JourneyNode> {...flowProps} aria-label={t('canvas.flow.label')}>
                  <PresenceLayer awareness={awareness} />
                  <SharedView awareness={awareness} doc={ctx.doc} live={!readOnly} />
                  <PanShield />
                  <OverviewBoxSelect far={far} layout={layout} live={overview.live} onChange={changeSelection} />
                  {/* Its own fit button: React Flow's would fit under a side column open over the map. */}
                  <Controls position="bottom-right" showInteractive={false} showFitView={false}>
                    <ControlButton className="react-flow__controls-fitview" aria-label={t('canvas.flow.fitView')} title={t('canvas.flow.fitView')} onClick={fitMap}>
                      <svg viewBox="0 0 16 16" aria-hidden="true">
                        <path d="M2 6V2h4M10 2h4v4M14 10v4h-4M6 14H2v-4" />
                      </svg>
                    </ControlButton>
                    {/* Focus mode beside the other controls of the view, which it leaves in place. */}
                    <ControlButton className="focus-toggle" aria-label={t('present.focus.label')} aria-pressed={focused} title={t(focused ? 'present.focus.on' : 'present.focus.off')} onClick={() => setFocused(!focused)}>
                      <svg viewBox="0 0 16 16" aria-hidden="true">
                        <circle cx="8" cy="8" r="5.5" />
                        <circle cx="8" cy="8" r="1.75" fill="currentColor" />
                      </svg>
                    </ControlButton>
                  </Controls>
                  {!focused && <Minimap nodes={layout.nodes} />}
                </ReactFlow>
              )}
              <CanvasEmpty ctx={ctx} board={board} />
              {unplaced.length > 0 && <UnplacedTray cards={unplaced} board={board} ctx={ctx} />}
            </div>
          </div>
          <ShortcutsDialog open={showingShortcuts} onClose={() => setShowingShortcuts(false)} />
          <StageEditor ctx={ctx} board={board} stageId={editingStageId} onClose={() => setEditingStage(null)} onDelete={(id) => askToDelete('stage', id)} />
          <ConfirmDelete board={board} request={deleting} onClose={() => setDeleting(null)} />
          {!readOnly && <MeasuresImport laneId={importingMeasures} ctx={ctx} board={board} onClose={() => setImportingMeasures(null)} onNotice={onNotice} />}
        </DimmedCardsContext.Provider>
      </DropTargetContext.Provider>
      </LocksContext.Provider>
    </CanvasActionsContext.Provider>
  );
}
