import { useStore } from '@xyflow/react';
import { useState } from 'react';

/** How far the view must move, in screen pixels, before a press counts as a pan. */
const PAN_DISTANCE = 4;

/*
 * While the map is panned nothing under the pointer can react, yet the browser hit-tests every
 * pointer move through every card: 15–20 ms a move with 5,000 of them. A transparent sheet over
 * the map answers those hit tests at once. The pan listens on the window, not on the map.
 * React Flow reports a pan from the press on, and moves the view by a pixel that still ends in
 * a click, so the sheet waits until the view has clearly moved: a press and release in place
 * is a click ("+ Add card", clearing the selection) and must reach what is under it.
 */
export function PanShield() {
  // The view only while a pan is under way, so a wheel zoom or a fit does not re-render this.
  const view = useStore((state) => (state.paneDragging ? state.transform : null));
  // The view when the press began, kept during render as React recommends for derived state.
  const [origin, setOrigin] = useState<readonly number[] | null>(null);
  if (view && !origin) setOrigin(view);
  if (!view && origin) setOrigin(null);
  const moved = view && origin && (Math.hypot(view[0] - origin[0]!, view[1] - origin[1]!) > PAN_DISTANCE || view[2] !== origin[2]);
  return moved ? <div className="pan-shield" aria-hidden="true" /> : null;
}
