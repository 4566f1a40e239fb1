import { layoutGroup, type MapContent, type MapPageLayout } from './mapLayout.ts';
import { MAX_SCALE, MIN_SCALE, columnWidth, mapMetrics, type Detail } from './mapMetrics.ts';

/**
 * The journey map's pages: as many stages side by side as the page's width holds at the
 * smallest legible size, spread evenly over the groups they need (7 stages in pages of 6
 * become 4 and 3). When every group fits on one page, their texts get more lines and the
 * map is drawn as large as the pages allow, at one scale so that its pages read alike; when
 * a group spills onto a second page, a denser setting may save that page.
 */
export function planMap(content: MapContent): MapPageLayout[] {
  const n = content.board.stages.length;
  if (n === 0) return [];
  const width = content.page.right - content.page.left;
  const base = mapMetrics(1);
  const fitting = Math.max(1, Math.floor((width - base.laneWidth) / (base.minColumn + base.gap)));
  const perPage = Math.ceil(n / Math.ceil(n / fitting));
  const groups: { first: number; count: number }[] = [];
  for (let first = 0; first < n; first += perPage) groups.push({ first, count: Math.min(perPage, n - first) });

  const layout = (scale: number, detail: Detail) => {
    const m = mapMetrics(scale, detail);
    return groups.map((g) => layoutGroup(content, g.first, g.count, m));
  };
  const onePageEach = (laid: MapPageLayout[][]) => laid.every((pages) => pages.length === 1);
  let best = layout(1, 'normal');
  // A map a little longer than its groups may fit them at a denser setting: fewer lines of the
  // longest texts, then slightly smaller type. A map of many pages a group is not tried again.
  if (!onePageEach(best) && best.every((pages) => pages.length <= 2)) {
    for (const [scale, detail] of [[1, 'compact'], [MIN_SCALE, 'compact']] as const) {
      const tried = layout(scale, detail);
      if (tried.flat().length < best.flat().length) best = tried;
      if (onePageEach(best)) break;
    }
  }
  if (!onePageEach(best)) return best.flat();
  // Every group on one page, with room to spare: texts in full first, then as large as the fullest group allows.
  if (best[0]![0]!.m.detail === 'normal') {
    const ample = layout(1, 'ample');
    if (onePageEach(ample)) best = ample;
  }
  const { scale: from, detail } = best[0]![0]!.m;
  const scale = Math.min(...groups.map((g) => largestScale(content, g.first, g.count, width, from, detail)));
  return scale > from ? layout(scale, detail).flat() : best.flat();
}

/** The largest scale (to within 0.02) at which the group still fits one page, with columns wide enough to read. */
function largestScale(content: MapContent, first: number, count: number, width: number, from: number, detail: Detail): number {
  const fits = (scale: number) => {
    const m = mapMetrics(scale, detail);
    return columnWidth(width, count, m) >= m.minColumn && layoutGroup(content, first, count, m).length === 1;
  };
  if (fits(MAX_SCALE)) return MAX_SCALE;
  let low = from;
  let high = MAX_SCALE;
  while (high - low > 0.02) {
    const mid = (low + high) / 2;
    if (fits(mid)) low = mid;
    else high = mid;
  }
  return low;
}
