import { useCallback, useEffect, useState, type RefObject } from 'react';
import { sideColumnWidth } from '../../canvas/sideColumn.ts';
import type { MapFocus } from '../../canvas/useMapFocus.ts';
import type { CommentTargetKind } from '../../model/index.ts';
import { boardPath, navigate, type BoardViewName } from '../router.ts';
import { pointAtStrategyItem } from './pointAtItem.ts';

/** How many frames to wait for a view that is still mounting after a switch (about 1.5 s). */
const MOUNT_FRAMES = 90;

/**
 * Brings a comment thread's target into view: a strategy item on the strategy canvas, anything
 * else on the map, switching view first when the other one is shown.
 */
export function useShowTarget(view: BoardViewName, boardId: string, mapFocus: RefObject<MapFocus | null>): (kind: CommentTargetKind, id: string) => void {
  const [pointed, setPointed] = useState<{ kind: CommentTargetKind; id: string } | null>(null);
  const show = useCallback(
    (kind: CommentTargetKind, id: string) => {
      const wanted = kind === 'strategy' ? 'strategy' : 'map';
      if (view !== wanted) navigate(boardPath(boardId, wanted));
      setPointed({ kind, id });
    },
    [view, boardId],
  );
  useEffect(() => {
    if (!pointed) return;
    let frames = 0;
    let handle = 0;
    const attempt = () => {
      const done = pointed.kind === 'strategy' ? pointAtStrategyItem(pointed.id) : (mapFocus.current?.focus(pointed.id, sideColumnWidth()) ?? false);
      if (done || frames++ >= MOUNT_FRAMES) setPointed(null);
      else handle = requestAnimationFrame(attempt);
    };
    handle = requestAnimationFrame(attempt);
    return () => cancelAnimationFrame(handle);
  }, [pointed, view, mapFocus]);
  return show;
}
