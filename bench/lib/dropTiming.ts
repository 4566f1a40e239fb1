import type { Page } from '@playwright/test';

/*
 * What a drop costs the person: the time from the mouse button's release to the first frame
 * painted once the drop is committed, that is once the dropped node shows where it comes to
 * rest. Timed inside the page, on its clock: the release is the pointerup event's timestamp (when
 * the input arrived); every change to the dragged node after it (its transform or its `dragging`
 * class, seen by a MutationObserver right after the DOM changed) is stamped, and so is the frame
 * after each: a requestAnimationFrame callback runs before that frame's style, layout and paint,
 * and a message posted from it runs once they are done. After the drop has settled, the node's
 * final state tells which change committed the drop: the first one that left it as it stays.
 * On the map that is its place in the cell it was dropped in, after the document edit and the
 * new layout; on a bare React Flow page, the node as it was let go with `dragging` gone.
 */
const INSTALL = (nodeId: string) => `(() => {
  const id = ${JSON.stringify(nodeId)};
  const rec = { up: null, changes: [] };
  window.__dropTiming = rec;
  const nodeOf = () => document.querySelector('.react-flow__node[data-id="' + CSS.escape(id) + '"]');
  const stateOf = () => {
    const node = nodeOf();
    return node ? node.style.transform + (node.classList.contains('dragging') ? ' dragging' : '') : 'unmounted';
  };
  rec.stateOf = stateOf;
  let last = stateOf();
  addEventListener('pointerup', (event) => { if (rec.up === null) rec.up = event.timeStamp; }, { capture: true, once: true });
  rec.observer = new MutationObserver(() => {
    if (rec.up === null) return;
    const state = stateOf();
    if (state === last) return;
    last = state;
    const change = { at: performance.now(), state, painted: null };
    rec.changes.push(change);
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => { change.painted = performance.now(); };
      channel.port2.postMessage(0);
    });
  });
  rec.observer.observe(document.querySelector('.react-flow__nodes'), { subtree: true, childList: true, attributes: true, attributeFilter: ['style', 'class'] });
})()`;

const COLLECT = `(() => {
  const rec = window.__dropTiming;
  rec.observer.disconnect();
  const final = rec.stateOf();
  const committed = rec.changes.find((change) => change.state === final);
  return { up: rec.up, final, committed: committed ?? null, changes: rec.changes.length };
})()`;

export interface DropTiming {
  /** Release to the DOM change that committed the drop, ms. */
  releaseToCommitMs: number;
  /** Release to the frame painted after that change, ms: the drop's cost as the person sees it. */
  releaseToFrameMs: number;
}

/** Call with the node still held, just before the release. */
export async function armDropTiming(page: Page, nodeId: string): Promise<void> {
  await page.evaluate(INSTALL(nodeId));
}

/** Call once the drop has settled (the caller waits): what the release cost. */
export async function collectDropTiming(page: Page): Promise<DropTiming> {
  const { up, final, committed } = (await page.evaluate(COLLECT)) as { up: number | null; final: string; committed: { at: number; painted: number | null } | null };
  if (up === null) throw new Error('the page saw no pointerup');
  if (final.endsWith(' dragging') || final === 'unmounted') throw new Error(`the dropped node did not come to rest (${final})`);
  if (!committed || committed.painted === null) throw new Error('no frame was painted after the drop was committed');
  return { releaseToCommitMs: committed.at - up, releaseToFrameMs: committed.painted - up };
}
