import type { Browser, BrowserContext, Page } from '@playwright/test';
import { build } from 'esbuild';
import type { BareMapSpec } from './bareMapSpec.ts';

/*
 * The bare React Flow reference pages (bench/reference/*.tsx), bundled at bench time with the
 * project's own React and React Flow, as a production build like the app's. They are served from
 * memory through Playwright's request routing, so they never join the product build.
 *   bare-flow: 1,000 default nodes, fitted (the drag benchmark's first yardstick).
 *   bare-map: the map's own nodes at the map's view, custom card nodes, culled (lib/mapLayout.ts).
 */
const ORIGIN = 'http://bare-flow.localhost';
const PAGES = ['bare-flow', 'bare-map'] as const;
type PageName = (typeof PAGES)[number];

const html = (name: PageName) => `<!doctype html>
<html>
  <head>
    <meta charset="utf-8" />
    <link rel="stylesheet" href="/${name}.css" />
    <style>html, body { margin: 0; height: 100%; }</style>
  </head>
  <body><div id="root"></div><script type="module" src="/${name}.js"></script></body>
</html>`;

type Files = Map<string, { type: string; body: Uint8Array }>;
let bundle: Promise<Files> | null = null;

async function buildPages(): Promise<Files> {
  const result = await build({
    entryPoints: Object.fromEntries(PAGES.map((name) => [name, `bench/reference/${name}.tsx`])),
    bundle: true,
    minify: true,
    format: 'esm',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    outdir: 'out',
    write: false,
    logLevel: 'warning',
  });
  const files: Files = new Map(PAGES.map((name) => [`/${name}/`, { type: 'text/html', body: new TextEncoder().encode(html(name)) }]));
  for (const file of result.outputFiles) {
    const name = file.path.slice(file.path.lastIndexOf('/'));
    files.set(name, { type: name.endsWith('.css') ? 'text/css' : 'text/javascript', body: file.contents });
  }
  for (const name of PAGES) if (!files.has(`/${name}.css`)) throw new Error(`the ${name} bundle lacks React Flow's stylesheet`);
  return files;
}

async function openReference(browser: Browser | BrowserContext, name: PageName, viewport: { width: number; height: number }, init?: string): Promise<Page> {
  bundle ??= buildPages();
  const files = await bundle;
  const page = 'newContext' in browser ? await browser.newPage({ viewport }) : await browser.newPage();
  if (!('newContext' in browser)) await page.setViewportSize(viewport);
  if (init) await page.addInitScript(init);
  await page.route(`${ORIGIN}/**`, (route) => {
    const file = files.get(new URL(route.request().url()).pathname);
    return file ? route.fulfill({ contentType: file.type, body: Buffer.from(file.body) }) : route.fulfill({ status: 404 });
  });
  await page.goto(`${ORIGIN}/${name}/`);
  await page.locator('.react-flow__node').first().waitFor({ timeout: 60_000 });
  return page;
}

/** Opens the 1,000-node reference page and waits until React Flow has drawn its nodes. */
export function openBareFlow(browser: Browser, viewport = { width: 1920, height: 1080 }): Promise<Page> {
  return openReference(browser, 'bare-flow', viewport);
}

/**
 * Chromium's local network access checks refuse a socket to a loopback address from a page
 * served from memory, as the reference pages are: a browser whose bare-map page syncs (`sync`)
 * is launched with these.
 */
export const BARE_MAP_SYNC_ARGS = ['--disable-features=LocalNetworkAccessChecks'];

/**
 * Opens the map's reference page, in a browser or in a context of its own, and waits until
 * React Flow has drawn its nodes (and, with `sync`, the page has synced).
 */
export async function openBareMap(browser: Browser | BrowserContext, spec: BareMapSpec, viewport = { width: 1920, height: 1080 }): Promise<Page> {
  const page = await openReference(browser, 'bare-map', viewport, `window.__bareMap = ${JSON.stringify(spec)};`);
  await page.waitForFunction('window.__bareMapReady === true', undefined, { timeout: 60_000 });
  return page;
}
