import { describe, expect, it } from 'vitest';
import { addCard, addLane, addStage, docToBoard } from '../../doc/index.ts';
import { freshContext } from '../../doc/testing/sync.ts';
import { translatorFor } from '../../i18n/index.ts';
import { MAX_PASTE_CHARS, parseClipboard, serializeCards } from './clipboard.ts';
import { cardDataInHtml, cardsAsHtml, cardsAsText } from './clipboardText.ts';

const en = translatorFor('en');

function copied() {
  const ctx = freshContext();
  const quote = addStage(ctx, { title: 'Quotation and Agreement' });
  const touch = addLane(ctx, { kind: 'touchpoints', title: '' });
  addCard(ctx, { stageId: quote, laneId: touch, title: 'Quotation', body: 'Prices & dates\nby email' });
  addCard(ctx, { stageId: quote, laneId: touch, title: '<img src=x onerror=alert(1)> "quoted"' });
  return docToBoard(ctx.doc);
}

describe('copied cards as text and HTML', () => {
  it('reads as text: each card its title, stage · lane and description, a blank line between', () => {
    const board = copied();
    expect(cardsAsText(board.cards, board, en)).toBe(
      'Quotation\nQuotation and Agreement · Touchpoints\nPrices & dates\nby email\n\n<img src=x onerror=alert(1)> "quoted"\nQuotation and Agreement · Touchpoints',
    );
    expect(cardsAsText(board.cards.slice(0, 1), board, translatorFor('zh'))).toContain('Quotation and Agreement · 触点');
  });

  it('reads as HTML with every text escaped, and carries the cards back exactly', () => {
    const board = copied();
    const data = serializeCards(board.cards);
    const html = cardsAsHtml(board.cards, board, data, en);
    expect(html).toContain('<strong>Quotation</strong><br><span style="color:#556070">Quotation and Agreement · Touchpoints</span><br>Prices &amp; dates<br>by email');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; &quot;quoted&quot;');
    // As a browser hands it back on paste: wrapped in a page of its own.
    const pasted = `<html><body><!--StartFragment-->${html}<!--EndFragment--></body></html>`;
    expect(cardDataInHtml(pasted, MAX_PASTE_CHARS)).toBe(data);
    expect(parseClipboard(cardDataInHtml(pasted, MAX_PASTE_CHARS)!)).toEqual(parseClipboard(data));
  });

  it('finds no data in HTML from elsewhere, or cut short', () => {
    expect(cardDataInHtml('<p>Hello</p>', MAX_PASTE_CHARS)).toBeNull();
    expect(cardDataInHtml('<div data-journeyboard-cards="{never closed', MAX_PASTE_CHARS)).toBeNull();
    // Hostile data in the attribute is still only text for the reader, which keeps what is valid.
    const hostile = `<div data-journeyboard-cards="${'{&quot;type&quot;:&quot;journeyboard/cards&quot;,&quot;cards&quot;:[{&quot;title&quot;:7,&quot;__proto__&quot;:{&quot;x&quot;:1}}]}'}"></div>`;
    expect(parseClipboard(cardDataInHtml(hostile, MAX_PASTE_CHARS)!).cards).toEqual([expect.objectContaining({ title: '' })]);
  });
});
