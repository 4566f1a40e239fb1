import type { APIRequestContext, Locator, Page } from '@playwright/test';
import {
  addCard,
  addLane,
  addStage,
  addStrategyItem,
  deleteCards,
  docToBoard,
  setCardText,
} from '../../src/doc/index.ts';
import { expect, expectConnected, joinAs, test, type OpenLaptop } from './fixtures.ts';
import { createBoard, linkPath } from './links.ts';
import { connectSeedClient } from './seedClient.ts';

/*
 * The card editor opened straight from its address (`#card=<id>`), so these journeys do not
 * depend on how the canvas draws cards. The board is prepared by a third client in Node over
 * a real sync connection, which stays connected and also checks what reached the document.
 */

/**
 * A board with one stage, one lane, a channel list and one card titled "Quote". The people
 * open it with its edit link (`link`); `path` is its address without one, as a card's is.
 */
async function prepareBoard(request: APIRequestContext, serverUrl: string) {
  const { id, tokens } = await createBoard(request);
  const seed = await connectSeedClient(serverUrl, id, tokens.owner);
  for (const channel of ['Email', 'Phone', 'Showroom']) addStrategyItem(seed.ctx, 'channels', channel);
  const stageId = addStage(seed.ctx, { title: 'Quotation and Agreement' });
  const laneId = addLane(seed.ctx, { kind: 'touchpoints', title: 'Touchpoints' });
  const cardId = addCard(seed.ctx, { stageId, laneId, title: 'Quote' });
  return { path: `/b/${id}`, link: linkPath(id, tokens.edit), cardId, seed };
}

/**
 * Joins the board as `name` through its link first (which the browser then keeps), then opens
 * the card's address. Reloading there means the editor opens whether the board page reads the
 * hash only when it loads or also on hashchange, and with the name already known it is the
 * only dialog.
 */
async function openCardEditor(openLaptop: OpenLaptop, { path, link }: { path: string; link: string }, cardId: string, name: string): Promise<{ page: Page; editor: Locator }> {
  const page = await openLaptop();
  await page.goto(link);
  await joinAs(page, name);
  await expectConnected(page); // checked before the modal editor hides the rest of the page
  await page.goto(`${path}#card=${cardId}`);
  await page.reload();
  const editor = page.getByRole('dialog', { name: 'Edit card' });
  await expect(editor).toBeVisible();
  await expect(editor).toContainText('Quotation and Agreement');
  await expect(editor).toContainText('Touchpoints');
  return { page, editor };
}

test('two people type into one card title at the same time and both keep every letter', async ({ openLaptop, server, request }) => {
  const { path, link, cardId, seed } = await prepareBoard(request, server.url);
  try {
    const ada = await openCardEditor(openLaptop, { path, link }, cardId, 'Ada');
    const bob = await openCardEditor(openLaptop, { path, link }, cardId, 'Bob');
    const adaTitle = ada.editor.getByRole('textbox', { name: 'Title' });
    const bobTitle = bob.editor.getByRole('textbox', { name: 'Title' });
    await expect(adaTitle).toHaveValue('Quote');
    await expect(bobTitle).toHaveValue('Quote');

    // Ada appends while Bob prefixes, keystroke against keystroke. Each one's caret must stay
    // put while the other's letters arrive, or the words would come out interleaved.
    await adaTitle.click();
    await ada.page.keyboard.press('Control+End');
    await bobTitle.click();
    await bob.page.keyboard.press('Control+Home');
    await Promise.all([ada.page.keyboard.type(' alpha', { delay: 60 }), bob.page.keyboard.type('beta ', { delay: 60 })]);

    await expect(adaTitle).toHaveValue('beta Quote alpha');
    await expect(bobTitle).toHaveValue('beta Quote alpha');
    await expect.poll(() => docToBoard(seed.doc).cards.find((c) => c.id === cardId)?.title).toBe('beta Quote alpha');

    // And each caret is still where its owner left it: the next letters land there too.
    await ada.page.keyboard.type('!');
    await bob.page.keyboard.type('the ');
    await expect(adaTitle).toHaveValue('beta the Quote alpha!');
    await expect(bobTitle).toHaveValue('beta the Quote alpha!');
  } finally {
    seed.destroy();
  }
});

test('text composed with an input method survives someone else typing meanwhile', async ({ openLaptop, server, request }) => {
  const { path, link, cardId, seed } = await prepareBoard(request, server.url);
  try {
    const ada = await openCardEditor(openLaptop, { path, link }, cardId, 'Ada');
    const title = ada.editor.getByRole('textbox', { name: 'Title' });
    await title.click();
    await ada.page.keyboard.press('Control+End');
    // Chromium's own IME events, as a Japanese keyboard would send them.
    const cdp = await ada.page.context().newCDPSession(ada.page);
    await cdp.send('Input.imeSetComposition', { text: 'と', selectionStart: 1, selectionEnd: 1 });
    await cdp.send('Input.imeSetComposition', { text: 'とう', selectionStart: 2, selectionEnd: 2 });
    await expect(title).toHaveValue('Quoteとう');

    // Someone else's edit arrives mid-composition: rewriting the field now would cancel it.
    setCardText(seed.ctx, cardId, 'title', 'beta Quote');
    // The edit has reached Ada once her map, behind the dialog, shows the card renamed; the field
    // she is composing in must still be as she left it.
    await expect(ada.page.getByRole('article', { name: 'Card: beta Quote', includeHidden: true })).toHaveCount(1);
    await expect(title).toHaveValue('Quoteとう');

    await cdp.send('Input.insertText', { text: '東京' });
    await expect(title).toHaveValue('beta Quote東京');
    await expect.poll(() => docToBoard(seed.doc).cards.find((c) => c.id === cardId)?.title).toBe('beta Quote東京');
    await ada.page.keyboard.type('!');
    await expect(title).toHaveValue('beta Quote東京!');
  } finally {
    seed.destroy();
  }
});

test('every card field set by one person reaches the other, and only safe links can be opened', async ({ openLaptop, server, request }) => {
  const { path, link, cardId, seed } = await prepareBoard(request, server.url);
  try {
    const ada = await openCardEditor(openLaptop, { path, link }, cardId, 'Ada');
    const bob = await openCardEditor(openLaptop, { path, link }, cardId, 'Bob');

    await ada.editor.getByLabel('Channel').selectOption('Email');
    const owner = ada.editor.getByRole('textbox', { name: 'Owner' });
    await owner.fill('Sales team');
    await owner.press('Enter');
    await ada.editor.getByRole('button', { name: 'Very positive' }).click();
    const addTag = ada.editor.getByRole('textbox', { name: 'Add tag' });
    await addTag.fill('b2b');
    await addTag.press('Enter');
    await ada.editor.getByRole('button', { name: 'Green' }).click();
    const adaLink = ada.editor.getByRole('textbox', { name: 'Link' });
    await adaLink.fill('javascript:alert(1)');
    await adaLink.press('Enter');

    await expect(bob.editor.getByLabel('Channel')).toHaveValue('Email');
    await expect(bob.editor.getByRole('textbox', { name: 'Owner' })).toHaveValue('Sales team');
    await expect(bob.editor.getByRole('button', { name: 'Very positive' })).toHaveAttribute('aria-pressed', 'true');
    await expect(bob.editor.getByRole('button', { name: 'No emotion' })).toHaveAttribute('aria-pressed', 'false');
    await expect(bob.editor.getByRole('list', { name: 'Tags on this card' })).toContainText('b2b');
    await expect(bob.editor.getByRole('button', { name: 'Remove tag b2b' })).toBeVisible();
    await expect(bob.editor.getByRole('button', { name: 'Green' })).toHaveAttribute('aria-pressed', 'true');
    await expect(bob.editor.getByRole('textbox', { name: 'Link' })).toHaveValue('javascript:alert(1)');
    for (const { editor } of [ada, bob]) {
      await expect(editor.getByText('only http, https and mailto links are followed')).toBeVisible();
      await expect(editor.getByRole('link', { name: 'Open link' })).toHaveCount(0);
    }
    await expect
      .poll(() => docToBoard(seed.doc).cards.find((c) => c.id === cardId))
      .toMatchObject({ channel: 'Email', owner: 'Sales team', emotion: 2, tags: ['b2b'], color: 'green', link: 'javascript:alert(1)' });

    // Bob replaces it with a real address: now both can open it, in a new tab that cannot reach back.
    const bobLink = bob.editor.getByRole('textbox', { name: 'Link' });
    await bobLink.fill('https://example.com/quote');
    await bobLink.press('Enter');
    for (const { editor } of [ada, bob]) {
      const open = editor.getByRole('link', { name: 'Open link' });
      await expect(open).toHaveAttribute('href', 'https://example.com/quote');
      await expect(open).toHaveAttribute('target', '_blank');
      await expect(open).toHaveAttribute('rel', 'noopener noreferrer');
      await expect(editor.getByText('only http, https and mailto links are followed')).toHaveCount(0);
    }

    // Escape closes Ada's editor; the edits stay.
    await ada.page.keyboard.press('Escape');
    await expect(ada.editor).toBeHidden();

    // Someone else deletes the card while Bob has it open: he is told, nothing breaks.
    deleteCards(seed.ctx, [cardId]);
    const gone = bob.page.getByRole('dialog', { name: 'This card was deleted' });
    await expect(gone).toBeVisible();
    await gone.getByRole('button', { name: 'Close' }).click();
    await expect(gone).toBeHidden();
  } finally {
    seed.destroy();
  }
});
