import { useCallback, useEffect, useSyncExternalStore } from 'react';
import * as Y from 'yjs';
import { getRecord, may, type EditContext, type RecordRoot } from '../doc/index.ts';
import { textField } from '../doc/text.ts';

/**
 * The Y.Text in one field of a record (a card's title, a strategy item's text), or null when
 * the record is gone. See useSharedText.
 */
export function useRecordText(ctx: EditContext, root: RecordRoot, id: string, field: string): Y.Text | null {
  // Making the shared text is a write: only for a link that may edit the record.
  return useSharedText(getRecord(ctx.doc, root, id), field, may(ctx, 'edit'));
}

/**
 * The Y.Text in one field of a shared map (a record, the board's meta), or null while there is
 * none. It follows the map's own changes, so a memoised caller that renders the same words sees
 * the text that replaces a plain string. A map written by an older or broken client may hold a
 * plain string there: with `make`, it is turned into a Y.Text once, outside any undo step, so
 * that people can type into it together. Without it, nothing is written: a field only looked
 * at leaves the document as it is.
 */
export function useSharedText(map: Y.Map<unknown> | undefined, field: string, make = true): Y.Text | null {
  const subscribe = useCallback(
    (onChange: () => void) => {
      if (!map) return () => {};
      const onMap = (event: Y.YMapEvent<unknown>) => {
        if (event.keysChanged.has(field)) onChange();
      };
      map.observe(onMap);
      return () => map.unobserve(onMap);
    },
    [map, field],
  );
  const value = useSyncExternalStore(subscribe, () => map?.get(field));
  const text = value instanceof Y.Text ? value : null;
  const needsText = make && map !== undefined && text === null;
  useEffect(() => {
    if (needsText && map) textField(map, field);
  }, [needsText, map, field]);
  return text;
}
