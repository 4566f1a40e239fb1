import { WIDE_CHAR, type Board } from '../model/index.ts';

/*
 * The report's one face, Noto Sans SC, draws curly quotes and the ellipsis full-width, as
 * Chinese is set: right beside Chinese text, a gap inside Latin text ("Customer’ s"). Beside
 * Latin text they print in their straight forms instead.
 */
const STRAIGHT: Record<string, string> = { '‘': "'", '’': "'", '“': '"', '”': '"', '…': '...' };
const MARKS = /[‘’“”…]/g;

const isWide = (char: string | undefined) => char !== undefined && WIDE_CHAR.test(char);

/** The nearest character on one side of `at` that is not itself one of the marks ("好”……" looks past the quote). */
function neighbour(text: string, at: number, step: 1 | -1): string | undefined {
  let i = at + step;
  while (text[i] !== undefined && text[i]! in STRAIGHT) i += step;
  return text[i];
}

/** The text with every curly quote and ellipsis that has no Chinese (or other wide) neighbour made straight. */
export function printable(text: string): string {
  return text.replace(MARKS, (mark: string, at: number) => (isWide(neighbour(text, at, -1)) || isWide(neighbour(text, at, 1)) ? mark : STRAIGHT[mark]!));
}

/** The mark that ends text cut short: the full-width ellipsis after a wide character, three dots otherwise. */
export function ellipsisAfter(text: string): string {
  return isWide([...text].at(-1)) ? '…' : '...';
}

/** The board with every text made printable; a link keeps its characters, as it is followed too. */
export function printableBoard(board: Board): Board {
  return printableValue(board) as Board;
}

function printableValue(value: unknown, key?: string): unknown {
  if (typeof value === 'string') return key === 'link' ? value : printable(value);
  if (Array.isArray(value)) return value.map((item) => printableValue(item));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, printableValue(v, k)]));
  }
  return value;
}
