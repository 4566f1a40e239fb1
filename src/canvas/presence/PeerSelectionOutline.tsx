import { useNodeId } from '@xyflow/react';
import { createContext, useContext, useMemo, type CSSProperties, type ReactNode } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import { useT } from '../../browser/i18n.tsx';
import { usePeerSelections, type PeerSelections, type SelectingPeer } from '../../collab/usePeerSelections.ts';
import './presence.css';

const NO_SELECTIONS: PeerSelections = new Map();
const NO_PEERS: readonly SelectingPeer[] = [];
/** Names shown as tags above a node; more become "+n". */
const TAGS_SHOWN = 2;

const PeerSelectionsContext = createContext<PeerSelections>(NO_SELECTIONS);

/**
 * Makes other people's selections available to the components inside it. When a selection
 * changes only its readers re-render (`children` is the same element): the outlines, and the
 * canvas, which keeps the cards others selected as nodes when it draws the rest far away.
 */
export function PeerSelectionsProvider({ awareness, children }: { awareness: Awareness; children: ReactNode }) {
  return <PeerSelectionsContext value={usePeerSelections(awareness)}>{children}</PeerSelectionsContext>;
}

/** The other people who have this node selected, sorted by name (empty outside a provider). */
export function usePeersSelecting(nodeId: string | null): readonly SelectingPeer[] {
  const selections = useContext(PeerSelectionsContext);
  return (nodeId !== null && selections.get(nodeId)) || NO_PEERS;
}

/** The ids of the nodes someone else has selected; the same set until a selection changes. */
export function usePeerSelectedIds(): ReadonlySet<string> {
  const selections = useContext(PeerSelectionsContext);
  return useMemo(() => new Set(selections.keys()), [selections]);
}

/**
 * A ring in the colour of someone else who has this node selected, with their names in small
 * tags above it; nothing unless someone else selected the node. It finds its node itself
 * (useNodeId). Render it as the SIBLING of a node component's root, not inside it:
 *
 *   return (<><article className="card-node">…</article><PeerSelectionOutline /></>);
 *
 * It then sits in React Flow's positioned `.react-flow__node` wrapper and covers the node
 * exactly, while a root with `overflow: hidden` (ours have it) would clip the ring and tags.
 * Pass `peers` to use it without the provider.
 */
export function PeerSelectionOutline({ peers }: { peers?: readonly SelectingPeer[] }) {
  const t = useT();
  const fromContext = usePeersSelecting(useNodeId());
  const selecting = peers ?? fromContext;
  const first = selecting[0];
  if (!first) return null;
  const hidden = selecting.length - TAGS_SHOWN;
  return (
    <div
      className="peer-selection"
      style={{ '--peer-color': first.color } as CSSProperties}
      role="note"
      aria-label={t('canvas.presence.selectedBy', { names: selecting.map((p) => p.name).join(t('canvas.presence.nameSeparator')) })}
    >
      <div className="peer-selection__tags" aria-hidden="true">
        {selecting.slice(0, TAGS_SHOWN).map((peer) => (
          <span key={peer.clientId} className="peer-selection__tag" style={{ '--peer-color': peer.color } as CSSProperties}>
            {peer.name}
          </span>
        ))}
        {hidden > 0 && <span className="peer-selection__tag peer-selection__tag--more">+{hidden}</span>}
      </div>
    </div>
  );
}
