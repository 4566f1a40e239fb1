import type { Browser, Page } from '@playwright/test';
import { build } from 'esbuild';

/*
 * The bare React Flow reference page (bench/reference/bare-flow.tsx), bundled at bench time
 * with the project's own React and React Flow, as a production build like the app's. It is
 * served from memory through Playwright's request routing, so it never joins the product build.
 */
const ORIGIN = 'http://bare-flow.localhost';

const HTML = `<!doctype html>
<html>
  <head>
    <meta charset="utf-8" />
    <link rel="stylesheet" href="/bare-flow.css" />
    <style>html, body { margin: 0; height: 100%; }</style>
  </head>
  <body><div id="root"></div><script type="module" src="/bare-flow.js"></script></body>
</html>`;

let bundle: Promise<Map<string, { type: string; body: Uint8Array }>> | null = null;

async function buildBareFlow() {
  const result = await build({
    entryPoints: { 'bare-flow': 'bench/reference/bare-flow.tsx' },
    bundle: true,
    minify: true,
    format: 'esm',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    outdir: 'out',
    write: false,
    logLevel: 'warning',
  });
  const files = new Map<string, { type: string; body: Uint8Array }>([['/', { type: 'text/html', body: new TextEncoder().encode(HTML) }]]);
  for (const file of result.outputFiles) {
    const name = file.path.slice(file.path.lastIndexOf('/'));
    files.set(name, { type: name.endsWith('.css') ? 'text/css' : 'text/javascript', body: file.contents });
  }
  if (!files.has('/bare-flow.css')) throw new Error("the bare React Flow bundle lacks React Flow's stylesheet");
  return files;
}

/** Opens the reference page and waits until React Flow has drawn its nodes. */
export async function openBareFlow(browser: Browser, viewport = { width: 1920, height: 1080 }): Promise<Page> {
  bundle ??= buildBareFlow();
  const files = await bundle;
  const page = await browser.newPage({ viewport });
  await page.route(`${ORIGIN}/**`, (route) => {
    const file = files.get(new URL(route.request().url()).pathname);
    return file ? route.fulfill({ contentType: file.type, body: Buffer.from(file.body) }) : route.fulfill({ status: 404 });
  });
  await page.goto(`${ORIGIN}/`);
  await page.locator('.react-flow__node').first().waitFor({ timeout: 60_000 });
  return page;
}
