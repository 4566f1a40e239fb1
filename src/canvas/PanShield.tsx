import { useStore } from '@xyflow/react';
import { useState } from 'react';

/*
 * While the map is panned nothing under the pointer can react, yet the browser hit-tests every
 * pointer move through every card: 15–20 ms a move with 5,000 of them. A transparent sheet over
 * the map answers those hit tests at once. The pan listens on the window, not on the map.
 * React Flow reports a pan from the press on, so the sheet waits until the view has moved:
 * a press and release in place is a click, and must reach what is under it.
 */
export function PanShield() {
  const panning = useStore((state) => state.paneDragging);
  const transform = useStore((state) => state.transform);
  // The view when the press began, kept during render as React recommends for derived state.
  const [origin, setOrigin] = useState<readonly number[] | null>(null);
  if (panning && origin === null) setOrigin(transform);
  if (!panning && origin !== null) setOrigin(null);
  const moved = origin !== null && origin.some((value, i) => value !== transform[i]);
  return moved ? <div className="pan-shield" aria-hidden="true" /> : null;
}
