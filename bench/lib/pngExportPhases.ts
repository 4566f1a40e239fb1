import type { Page } from '@playwright/test';

/*
 * Stamps, inside the page, where a whole-map PNG export spends its time, without touching the
 * product code: the browser APIs that html-to-image calls at each step of its pipeline are
 * wrapped, and the first or last call of each marks a phase boundary. The pipeline
 * (src/canvas/useMapExport.ts → src/ui/png.ts → html-to-image toBlob) runs its steps one after
 * another, so the phases follow each other and add up to the whole export:
 *   prepare   the click, rendering every culled node and waiting until all are in the page,
 *             loading html-to-image; ends at html-to-image's first cloneNode of the viewport;
 *   clone     a copy of every element with its computed style inlined: Chromium gives a
 *             computed style no cssText, so html-to-image copies it property by property
 *             (getPropertyValue, setProperty) for every element, each property the export
 *             asks for; ends when the web-font step reads document.styleSheets;
 *   fonts     web fonts fetched and inlined as data URLs, images inlined;
 *   serialize the clone written out as SVG text (XMLSerializer) and URI-encoded into a data URL;
 *   load      that data URL loaded and decoded as an <img> (parsing the SVG), plus one frame;
 *   draw      the background filled and the SVG image drawn onto the export-size canvas;
 *   encode    canvas.toBlob('image/png'): rasterizing the canvas and PNG encoding;
 *   save      from the blob to the download link's click.
 * The wrappers add a little time of their own, so these figures come from a separate run and
 * are not the benchmark's timing.
 */
const INSTALL = `(() => {
  const now = () => performance.now();
  const t = {
    click: null, cloneStart: null, fontsStart: null, serializeStart: null, svgLoadStart: null, drawStart: null,
    drawEnd: null, encodeStart: null, encodeEnd: null, saved: null,
    elementsCloned: 0, propertiesCopied: 0, svgDataUrlChars: 0, canvas: null,
  };
  window.__pngExportPhases = t;
  addEventListener('click', (event) => {
    const target = event.target;
    if (t.click === null && target.closest && target.closest('button') && target.closest('button').textContent.trim() === 'Download') t.click = now();
    if (t.saved === null && target instanceof HTMLAnchorElement && target.download) t.saved = now();
  }, true);

  const cloneNode = Node.prototype.cloneNode;
  Node.prototype.cloneNode = function (deep) {
    if (t.click !== null) {
      if (t.cloneStart === null && this instanceof Element && this.classList.contains('react-flow__viewport')) t.cloneStart = now();
      if (t.cloneStart !== null && t.fontsStart === null && this instanceof Element) t.elementsCloned++;
    }
    return cloneNode.call(this, deep);
  };

  const setProperty = CSSStyleDeclaration.prototype.setProperty;
  CSSStyleDeclaration.prototype.setProperty = function (...args) {
    if (t.cloneStart !== null && t.fontsStart === null) t.propertiesCopied++;
    return setProperty.apply(this, args);
  };

  const styleSheets = Object.getOwnPropertyDescriptor(Document.prototype, 'styleSheets');
  Object.defineProperty(Document.prototype, 'styleSheets', {
    configurable: true,
    get() {
      if (t.cloneStart !== null && t.fontsStart === null) t.fontsStart = now();
      return styleSheets.get.call(this);
    },
  });

  const serializeToString = XMLSerializer.prototype.serializeToString;
  XMLSerializer.prototype.serializeToString = function (node) {
    if (t.fontsStart !== null && t.serializeStart === null) t.serializeStart = now();
    return serializeToString.call(this, node);
  };

  const src = Object.getOwnPropertyDescriptor(HTMLImageElement.prototype, 'src');
  Object.defineProperty(HTMLImageElement.prototype, 'src', {
    configurable: true,
    get() { return src.get.call(this); },
    set(value) {
      if (t.serializeStart !== null && t.svgLoadStart === null && String(value).startsWith('data:image/svg+xml')) {
        t.svgLoadStart = now();
        t.svgDataUrlChars = String(value).length;
      }
      src.set.call(this, value);
    },
  });

  // html-to-image fills the background, then draws the SVG image over it.
  const fillRect = CanvasRenderingContext2D.prototype.fillRect;
  CanvasRenderingContext2D.prototype.fillRect = function (...args) {
    if (t.svgLoadStart !== null && t.drawStart === null) t.drawStart = now();
    return fillRect.apply(this, args);
  };
  const drawImage = CanvasRenderingContext2D.prototype.drawImage;
  CanvasRenderingContext2D.prototype.drawImage = function (...args) {
    const timed = t.svgLoadStart !== null && t.drawEnd === null;
    if (timed && t.drawStart === null) t.drawStart = now();
    const result = drawImage.apply(this, args);
    if (timed) {
      t.drawEnd = now();
      t.canvas = { width: this.canvas.width, height: this.canvas.height };
    }
    return result;
  };

  const toBlob = HTMLCanvasElement.prototype.toBlob;
  HTMLCanvasElement.prototype.toBlob = function (callback, ...rest) {
    if (t.drawEnd === null || t.encodeStart !== null) return toBlob.call(this, callback, ...rest);
    t.encodeStart = now();
    return toBlob.call(this, (blob) => { t.encodeEnd = now(); callback(blob); }, ...rest);
  };
})()`;

interface Stamps {
  click: number | null;
  cloneStart: number | null;
  fontsStart: number | null;
  serializeStart: number | null;
  svgLoadStart: number | null;
  drawStart: number | null;
  drawEnd: number | null;
  encodeStart: number | null;
  encodeEnd: number | null;
  saved: number | null;
  elementsCloned: number;
  propertiesCopied: number;
  svgDataUrlChars: number;
  canvas: { width: number; height: number } | null;
}

export interface PngExportPhases {
  /** Milliseconds per phase, in pipeline order; they add up to totalMs. */
  phasesMs: { prepare: number; clone: number; fonts: number; serialize: number; load: number; draw: number; encode: number; save: number };
  totalMs: number;
  elementsCloned: number;
  /** Computed style properties copied onto each cloned element, on average. */
  cssPropertiesPerElement: number;
  svgDataUrlMegabytes: number;
  canvas: { width: number; height: number } | null;
}

/** Wraps the APIs in the loaded page; the next export started from the dialog is stamped. */
export async function installPngExportPhases(page: Page): Promise<void> {
  await page.evaluate(INSTALL);
}

export async function collectPngExportPhases(page: Page): Promise<PngExportPhases> {
  const s = (await page.evaluate('window.__pngExportPhases')) as Stamps;
  const order = ['click', 'cloneStart', 'fontsStart', 'serializeStart', 'svgLoadStart', 'drawStart', 'drawEnd', 'encodeStart', 'encodeEnd', 'saved'] as const;
  const missing = order.filter((key) => s[key] === null);
  if (missing.length > 0) throw new Error(`the export pipeline was not seen at: ${missing.join(', ')}`);
  const at = (key: (typeof order)[number]) => s[key]!;
  return {
    phasesMs: {
      prepare: at('cloneStart') - at('click'),
      clone: at('fontsStart') - at('cloneStart'),
      fonts: at('serializeStart') - at('fontsStart'),
      serialize: at('svgLoadStart') - at('serializeStart'),
      load: at('drawStart') - at('svgLoadStart'),
      // From drawImage's return to toBlob's call is a few microtasks; counted with the draw.
      draw: at('encodeStart') - at('drawStart'),
      encode: at('encodeEnd') - at('encodeStart'),
      save: at('saved') - at('encodeEnd'),
    },
    totalMs: at('saved') - at('click'),
    elementsCloned: s.elementsCloned,
    cssPropertiesPerElement: s.propertiesCopied / Math.max(1, s.elementsCloned),
    svgDataUrlMegabytes: s.svgDataUrlChars / 2 ** 20,
    canvas: s.canvas,
  };
}
