import { readPresence, samePoint, type FlowPoint } from '../../collab/presenceState.ts';
import { easeToward } from './easeToward.ts';

/** A cursor left still this long is someone who walked away from their laptop: hide it. */
export const CURSOR_IDLE_MS = 60_000;

/** What a drawn cursor shows besides its position. */
export interface PeerCursor {
  clientId: number;
  name: string;
  color: string;
}

interface Track extends PeerCursor {
  /** The latest position the peer sent. */
  target: FlowPoint;
  /** Where the cursor is drawn now, gliding toward `target`. */
  shown: FlowPoint;
  /** Local time of the last change of `target`; the peer's clock is never trusted. */
  movedAt: number;
  idle: boolean;
}

/**
 * Other people's cursors as this screen draws them, with no React or DOM: which to draw, where
 * each is going and where it is now. A cursor that appears (first seen, back from null or from
 * idle) is drawn at its position at once; one that moves glides there.
 */
export class CursorTracks {
  private readonly tracks = new Map<number, Track>();
  private drawn: readonly PeerCursor[] = [];

  constructor(private readonly idleMs = CURSOR_IDLE_MS) {}

  /** The cursors to draw, in a stable order; the same array until one comes, goes or is renamed. */
  get cursors(): readonly PeerCursor[] {
    return this.drawn;
  }

  /** Where a drawn cursor is now, in flow coordinates. */
  position(clientId: number): FlowPoint | undefined {
    const track = this.tracks.get(clientId);
    return track && !track.idle ? track.shown : undefined;
  }

  /** Reads the awareness states of the clients a change names. Returns whether `cursors` changed. */
  update(clientIds: Iterable<number>, states: ReadonlyMap<number, unknown>, selfId: number, now: number): boolean {
    for (const clientId of clientIds) {
      if (clientId === selfId) continue;
      const presence = readPresence(clientId, states.get(clientId));
      const cursor = presence?.cursor;
      if (!presence || !cursor) {
        this.tracks.delete(clientId);
        continue;
      }
      const track = this.tracks.get(clientId);
      if (!track) {
        this.tracks.set(clientId, { clientId, name: presence.name, color: presence.color, target: cursor, shown: cursor, movedAt: now, idle: false });
        continue;
      }
      track.name = presence.name;
      track.color = presence.color;
      if (samePoint(cursor, track.target)) continue; // a change of selection or name, not a move
      track.target = cursor;
      track.movedAt = now;
      if (track.idle) track.shown = cursor;
      track.idle = false;
    }
    return this.publish();
  }

  /** Hides cursors that have not moved for the idle time. Returns whether `cursors` changed. */
  expire(now: number): boolean {
    for (const track of this.tracks.values()) {
      if (!track.idle && now - track.movedAt >= this.idleMs) track.idle = true;
    }
    return this.publish();
  }

  /** Moves every drawn cursor one frame toward its target. Returns whether any is still moving. */
  step(elapsedMs: number): boolean {
    let moving = false;
    for (const track of this.tracks.values()) {
      if (track.idle || track.shown === track.target) continue;
      track.shown = easeToward(track.shown, track.target, elapsedMs);
      moving ||= track.shown !== track.target;
    }
    return moving;
  }

  clear(): void {
    this.tracks.clear();
    this.publish();
  }

  private publish(): boolean {
    const next = [...this.tracks.values()]
      .filter((track) => !track.idle)
      .sort((a, b) => a.clientId - b.clientId)
      .map(({ clientId, name, color }) => ({ clientId, name, color }));
    const same = next.length === this.drawn.length && next.every((c, i) => {
      const was = this.drawn[i]!;
      return c.clientId === was.clientId && c.name === was.name && c.color === was.color;
    });
    if (!same) this.drawn = next;
    return !same;
  }
}
