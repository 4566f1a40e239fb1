import type { BrowserContext, Page } from '@playwright/test';

/*
 * Times, inside a page, how long a document update from the server takes to reach the screen.
 *
 * Arrival: window.WebSocket is replaced before the app loads by a subclass that adds a 'message'
 * listener in its constructor. y-websocket assigns ws.onmessage only after construction, and
 * listeners run in the order they were added (an onmessage handler takes its place when first
 * assigned), so this listener stamps the frame before Yjs sees it. The subclass also wraps the
 * onmessage handler: that checks the order on every message and times y-websocket's handler,
 * in which Yjs applies the update and runs the document's observers.
 * Only sync messages (first varuint 0) carrying an update (second varuint 2, or 1 for sync
 * step 2) count; presence (first varuint 1) is ignored. Both values are below 128, so each
 * varuint is a single byte.
 *
 * Screen: a MutationObserver on the map's node layer fires in the microtask checkpoint right
 * after React commits; the change counted is the watched node's transform differing from what
 * it was when the move was armed, so presence outlines and cursors do not count. The next frame
 * is stamped by a message posted from the following requestAnimationFrame callback: it runs once
 * the main thread has drawn that frame (compositing adds at most one more vsync).
 */
const INSTALL = `(() => {
  const timing = { watch: null, lastEvent: null, messages: 0, outOfOrder: 0 };
  window.__updateTiming = timing;
  const isDocumentUpdate = (data) => {
    if (!(data instanceof ArrayBuffer) || data.byteLength < 2) return false;
    const bytes = new Uint8Array(data, 0, 2);
    return bytes[0] === 0 && (bytes[1] === 2 || bytes[1] === 1);
  };
  const Native = window.WebSocket;
  class TimedWebSocket extends Native {
    constructor(...args) {
      super(...args);
      this.addEventListener('message', (event) => {
        const now = performance.now();
        timing.lastEvent = event;
        const watch = timing.watch;
        if (watch && watch.arrival === null && isDocumentUpdate(event.data)) watch.arrival = now;
      });
    }
    get onmessage() { return super.onmessage; }
    set onmessage(handler) {
      super.onmessage = handler && ((event) => {
        timing.messages++;
        if (timing.lastEvent !== event) timing.outOfOrder++;
        const watch = timing.watch;
        const timed = watch && watch.handlerStart === null && watch.arrival !== null && isDocumentUpdate(event.data);
        if (timed) watch.handlerStart = performance.now();
        handler.call(this, event);
        if (timed) watch.handlerEnd = performance.now();
      });
    }
  }
  window.WebSocket = TimedWebSocket;

  const nodeOf = (id) => document.querySelector('.react-flow__node[data-id="' + CSS.escape(id) + '"]');
  let observed = null;
  const observer = new MutationObserver((records) => {
    const watch = timing.watch;
    if (!watch || watch.dom !== null || watch.arrival === null) return;
    const node = nodeOf(watch.nodeId);
    if (!node || node.style.transform === watch.before) return;
    watch.dom = performance.now();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        watch.frame = performance.now();
        // Counted after the stamps, so the count costs the measurement nothing.
        const restyled = new Set();
        for (const record of records) if (record.type === 'attributes' && record.target.classList.contains('react-flow__node')) restyled.add(record.target);
        watch.nodesRestyled = restyled.size;
      };
      channel.port2.postMessage(0);
    });
  });
  timing.arm = (nodeId) => {
    const layer = document.querySelector('.react-flow__nodes');
    if (layer !== observed) {
      observer.disconnect();
      observer.observe(layer, { subtree: true, childList: true, attributes: true, attributeFilter: ['style'] });
      observed = layer;
    }
    timing.watch = { nodeId, before: nodeOf(nodeId)?.style.transform ?? null, arrival: null, handlerStart: null, handlerEnd: null, dom: null, frame: null, nodesRestyled: null };
  };
})()`;

export interface UpdateTiming {
  arrival: number | null;
  handlerStart: number | null;
  handlerEnd: number | null;
  dom: number | null;
  frame: number | null;
  /** Map nodes whose style the commit that moved the card changed. */
  nodesRestyled: number | null;
}

/** Instruments every page the context opens from now on; call before the board is loaded. */
export async function installUpdateTiming(context: BrowserContext): Promise<void> {
  await context.addInitScript(INSTALL);
}

/** Starts watching one node: the next document update, and the node's transform changing. */
export async function armUpdateTiming(page: Page, nodeId: string): Promise<void> {
  await page.evaluate(`window.__updateTiming.arm(${JSON.stringify(nodeId)})`);
}

/** Waits until the watched node was drawn moved, or gives up; then returns what was stamped. */
export async function collectUpdateTiming(page: Page, timeoutMs: number): Promise<UpdateTiming> {
  await page.waitForFunction('window.__updateTiming.watch.frame !== null', undefined, { timeout: timeoutMs, polling: 25 }).catch(() => {});
  return (await page.evaluate(`(() => {
    const { arrival, handlerStart, handlerEnd, dom, frame, nodesRestyled } = window.__updateTiming.watch;
    return { arrival, handlerStart, handlerEnd, dom, frame, nodesRestyled };
  })()`)) as UpdateTiming;
}

/** How many messages reached y-websocket's handler, and how many of them before the stamp. */
export async function messageOrder(page: Page): Promise<{ messages: number; outOfOrder: number }> {
  return (await page.evaluate('({ messages: window.__updateTiming.messages, outOfOrder: window.__updateTiming.outOfOrder })')) as { messages: number; outOfOrder: number };
}
