import type { Awareness } from 'y-protocols/awareness';
import { CursorTracks, type PeerCursor } from './cursorTracks.ts';

interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

type Changes = Record<'added' | 'updated' | 'removed', number[]>;

/** How often idle cursors are looked for; a cursor hides within a second of its idle time. */
const EXPIRE_EVERY_MS = 1000;
/** The first frame of a glide has no previous frame to measure from. */
const FIRST_FRAME_MS = 16;

/**
 * Follows other people's cursors in awareness and paints them. It is an external store for
 * React (subscribe / getCursors: which cursors exist, which changes rarely), while positions
 * are written straight to the cursor elements' transforms on animation frames: a peer moving
 * re-renders nothing at all, not even the layer.
 */
export class CursorPainter {
  private readonly tracks: CursorTracks;
  private readonly elements = new Map<number, HTMLElement>();
  private readonly refs = new Map<number, (element: HTMLElement | null) => void>();
  private viewport: Viewport = { x: 0, y: 0, zoom: 1 };
  private frame = 0;
  private lastFrameAt: number | undefined;

  constructor(
    private readonly awareness: Awareness,
    idleMs?: number,
  ) {
    this.tracks = new CursorTracks(idleMs);
  }

  readonly getCursors = (): readonly PeerCursor[] => this.tracks.cursors;

  readonly subscribe = (onCursorsChange: () => void): (() => void) => {
    const { awareness } = this;
    const read = (clientIds: Iterable<number>) => {
      const changed = this.tracks.update(clientIds, awareness.getStates(), awareness.clientID, performance.now());
      this.animate();
      if (changed) onCursorsChange();
    };
    const onChange = ({ added, updated, removed }: Changes) => read([...added, ...updated, ...removed]);
    const expire = setInterval(() => {
      if (this.tracks.expire(performance.now())) onCursorsChange();
    }, EXPIRE_EVERY_MS);
    awareness.on('change', onChange);
    this.tracks.clear();
    read(awareness.getStates().keys());
    return () => {
      awareness.off('change', onChange);
      clearInterval(expire);
      cancelAnimationFrame(this.frame);
      this.frame = 0;
      this.lastFrameAt = undefined;
    };
  };

  setViewport(x: number, y: number, zoom: number): void {
    this.viewport = { x, y, zoom };
    for (const clientId of this.elements.keys()) this.paint(clientId);
  }

  /** The ref callback for one cursor's element; the same function every render. */
  elementRef(clientId: number): (element: HTMLElement | null) => void {
    let ref = this.refs.get(clientId);
    if (!ref) {
      ref = (element) => {
        if (element) {
          this.elements.set(clientId, element);
          this.paint(clientId); // before the first paint, so a new cursor never flashes at the corner
        } else {
          this.elements.delete(clientId);
          // Kept while the cursor is drawn: React (StrictMode) may detach and re-attach the same ref.
          if (!this.tracks.cursors.some((c) => c.clientId === clientId)) this.refs.delete(clientId);
        }
      };
      this.refs.set(clientId, ref);
    }
    return ref;
  }

  private paint(clientId: number): void {
    const element = this.elements.get(clientId);
    const at = this.tracks.position(clientId);
    if (!element || !at) return;
    const { x, y, zoom } = this.viewport;
    element.style.transform = `translate(${at.x * zoom + x}px, ${at.y * zoom + y}px)`;
  }

  private animate(): void {
    if (this.frame !== 0) return;
    this.frame = requestAnimationFrame((now) => {
      this.frame = 0;
      const moving = this.tracks.step(this.lastFrameAt === undefined ? FIRST_FRAME_MS : now - this.lastFrameAt);
      for (const clientId of this.elements.keys()) this.paint(clientId);
      this.lastFrameAt = moving ? now : undefined;
      if (moving) this.animate();
    });
  }
}
