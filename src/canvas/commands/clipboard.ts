import { CARD, CARD_DETAIL_KEYS, restoreFields, type Card } from '../../model/index.ts';

/**
 * Cards on the system clipboard, so they travel between boards and browser tabs. The text is
 * JSON with a type tag; anything else pasted (a list from a document, say) becomes one card per
 * non-empty line.
 */
export const CLIPBOARD_TYPE = 'journeyboard/cards';
export const MAX_PASTED_CARDS = 200;
/**
 * A paste becomes one update, and the server refuses a message over 1 MiB (a client whose
 * update is refused would resend it on every reconnect). 200,000 characters stay under that
 * even as three-byte UTF-8 (Chinese).
 */
export const MAX_PASTE_CHARS = 200_000;

export type ClipboardCard = Omit<Card, 'id' | 'stageId' | 'laneId' | 'order'>;

export function serializeCards(cards: readonly Card[]): string {
  const plain = cards.map(({ id: _id, stageId: _s, laneId: _l, order: _o, ...rest }) => rest);
  return JSON.stringify({ type: CLIPBOARD_TYPE, cards: plain });
}

/** The pasted fields a card keeps: its texts and details, never its place or id. */
const PASTED_KEYS = ['title', 'body', ...CARD_DETAIL_KEYS] as const;

function cleanCard(value: unknown): ClipboardCard | null {
  if (typeof value !== 'object' || value === null) return null;
  return restoreFields(CARD, value as Record<string, unknown>, PASTED_KEYS);
}

export interface ParsedPaste {
  cards: ClipboardCard[];
  /** How many were left out because a paste is capped. */
  dropped: number;
  /** Set when the text is over MAX_PASTE_CHARS: nothing is pasted. */
  tooLarge?: boolean;
}

function capped(cards: ClipboardCard[]): ParsedPaste {
  return { cards: cards.slice(0, MAX_PASTED_CARDS), dropped: Math.max(0, cards.length - MAX_PASTED_CARDS) };
}

export function parseClipboard(text: string): ParsedPaste {
  if (text.length > MAX_PASTE_CHARS) return { cards: [], dropped: 0, tooLarge: true };
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) {
    try {
      const parsed = JSON.parse(trimmed) as { type?: unknown; cards?: unknown };
      if (parsed?.type === CLIPBOARD_TYPE && Array.isArray(parsed.cards)) {
        return capped(parsed.cards.map(cleanCard).filter((c): c is ClipboardCard => c !== null));
      }
    } catch {
      // Not ours: read it as plain text below.
    }
  }
  const lines = text.split(/\r?\n/).map((l) => l.replace(/^\s*(?:[-*•]|\d+[.)])\s+/, '').trim()).filter(Boolean);
  return capped(lines.map((line) => restoreFields(CARD, { title: line }, PASTED_KEYS)));
}
