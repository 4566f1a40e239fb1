import { SourceMap } from 'node:module';
import type { Page } from '@playwright/test';

/*
 * A V8 CPU profile of a page, summed as self time per function. Browser APIs
 * called from JavaScript (getPropertyValue, setProperty, drawImage, toBlob…) appear under their
 * own names. The app's own functions are minified in the production build, so their positions
 * are looked up in the build's source maps (served next to each script) for their original name
 * and file. "(program)" is the renderer's native work outside any JavaScript call: style,
 * layout, parsing and decoding images, painting. "(garbage collector)" and "(idle)" are V8's.
 */
interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}

export interface Profile {
  nodes: { id: number; callFrame: CallFrame }[];
  samples?: number[];
  timeDeltas?: number[];
}

/** Starts profiling the page; the function returned stops and gives the profile. */
export async function startCpuProfile(page: Page): Promise<() => Promise<Profile>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.start');
  return async () => {
    const { profile } = await cdp.send('Profiler.stop');
    await cdp.detach();
    return profile;
  };
}

async function loadSourceMap(scriptUrl: string): Promise<SourceMap | null> {
  try {
    const response = await fetch(`${scriptUrl}.map`);
    return response.ok ? new SourceMap(await response.json()) : null;
  } catch {
    return null;
  }
}

/** "isInstanceOfElement (html-to-image/es/util.js)", or the file and line of an anonymous function. */
function originalName(map: SourceMap | null, frame: CallFrame): string {
  const file = frame.url.slice(frame.url.lastIndexOf('/') + 1);
  const entry = map?.findEntry(frame.lineNumber, frame.columnNumber);
  if (!entry || !('originalSource' in entry) || typeof entry.originalSource !== 'string') return `${frame.functionName || '(anonymous)'} (${file})`;
  const source = entry.originalSource.replace(/^.*node_modules\//, '').replace(/^(\.\.\/)+/, '');
  // Node gives the mapping's name too, though its type declarations leave it out.
  const name = (entry as { name?: string }).name ?? frame.functionName;
  return name ? `${name} (${source})` : `(anonymous) (${source}:${entry.originalLine + 1})`;
}

/** Self milliseconds per function, the `top` largest first, the rest summed as "(other)". */
export async function selfTimeByFunction(profile: Profile, top: number): Promise<Record<string, number>> {
  const selfUs = new Map<number, number>();
  profile.samples?.forEach((node, i) => selfUs.set(node, (selfUs.get(node) ?? 0) + (profile.timeDeltas?.[i] ?? 0)));
  const maps = new Map<string, Promise<SourceMap | null>>();
  const totals = new Map<string, number>();
  for (const { id, callFrame } of profile.nodes) {
    const us = selfUs.get(id);
    if (!us) continue;
    let name: string;
    if (/^https?:/.test(callFrame.url)) {
      if (!maps.has(callFrame.url)) maps.set(callFrame.url, loadSourceMap(callFrame.url));
      name = originalName(await maps.get(callFrame.url)!, callFrame);
    } else {
      // A browser API or one of V8's own entries; or a script evaluated in the page by the benchmark.
      name = callFrame.functionName || '(anonymous script)';
    }
    totals.set(name, (totals.get(name) ?? 0) + us / 1000);
  }
  const sorted = [...totals].sort((a, b) => b[1] - a[1]);
  const result = Object.fromEntries(sorted.slice(0, top));
  const other = sorted.slice(top).reduce((sum, [, ms]) => sum + ms, 0);
  return other > 0 ? { ...result, '(other)': other } : result;
}
