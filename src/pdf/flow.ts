import type { jsPDF } from 'jspdf';
import type { Page } from './page.ts';
import { drawLines, setType, wrap, wrapClamped, type Weight } from './text.ts';
import { ACCENT, INK, TYPE, type TypeStyle } from './theme.ts';

/** Past this width a line of small type is too long to read, and the text is set in two columns. */
const LONGEST_MEASURE = 420;
const COLUMN_GAP = 28;

/**
 * Flowing text down the pages: a cursor that moves to the next column, then to a new page,
 * when the next line does not fit. A wide page (landscape) takes two columns.
 */
export class Flow {
  y: number;
  private column = 0;
  private columns: number;
  private top: number;
  readonly width: number;

  private pages = 0;

  constructor(
    private doc: jsPDF,
    private page: Page,
    private onPage: () => void,
    /** The title a page after the first opens with ("Appendix: details (continued)"), if any. */
    private continuedTitle?: string,
  ) {
    const full = page.right - page.left;
    this.columns = full > LONGEST_MEASURE * 1.5 ? 2 : 1;
    this.width = (full - (this.columns - 1) * COLUMN_GAP) / this.columns;
    this.y = this.top = this.newPage();
  }

  private newPage(): number {
    this.doc.addPage();
    this.onPage();
    this.column = 0;
    this.top = this.page.top;
    if (this.pages++ > 0 && this.continuedTitle) {
      setType(this.doc, TYPE.title, 'bold', INK);
      this.top += drawLines(this.doc, [this.continuedTitle], this.page.left, this.top, TYPE.title) + 10;
    }
    return this.top;
  }

  private get left(): number {
    return this.page.left + this.column * (this.width + COLUMN_GAP);
  }

  private next(): void {
    if (this.column + 1 < this.columns) {
      this.column++;
      this.y = this.top;
    } else this.y = this.newPage();
  }

  /** A block across every column (the appendix's title): the columns begin below it. */
  heading(text: string, style: TypeStyle, weight: Weight, color: string, after: number): void {
    setType(this.doc, style, weight, color);
    const lines = wrap(this.doc, text, this.page.right - this.page.left);
    this.y += drawLines(this.doc, lines, this.page.left, this.y, style) + after;
    this.top = this.y;
  }

  /** Writes a block of text, moving on wherever its next line would not fit. */
  text(text: string, style: TypeStyle, weight: Weight = 'normal', color = INK, indent = 0, before = 0): void {
    setType(this.doc, style, weight, color);
    const lines = wrap(this.doc, text, this.width - indent);
    if (this.y > this.top) this.y += before;
    for (const line of lines) {
      if (this.y + style.line > this.page.bottom) {
        this.next();
        setType(this.doc, style, weight, color);
      }
      this.y += drawLines(this.doc, [line], this.left + indent, this.y, style);
    }
  }

  /** Keeps a heading with what follows it. */
  keep(height: number): void {
    if (this.y + height > this.page.bottom) this.next();
  }

  /** A link that is safe to follow, its label wrapped like any text and every line clickable. */
  link(label: string, href: string, indent: number): void {
    setType(this.doc, TYPE.small, 'normal', ACCENT);
    for (const line of wrapClamped(this.doc, label, this.width - indent, 3)) {
      this.keep(TYPE.small.line);
      this.doc.textWithLink(line, this.left + indent, this.y + TYPE.small.size * 0.92, { url: href });
      this.y += TYPE.small.line;
    }
  }
}
