import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { docToBoard } from '../../src/doc/index.ts';
import { addCardInCell, createBoardFromHome, expect, expectConnected, joinAs, test } from './fixtures.ts';
import { createBoard, type TestBoard } from './links.ts';
import { connectSeedClient } from './seedClient.ts';

/*
 * Sharing as people do it: the owner copies a link from the Share dialog and sends it; whoever
 * opens it may do what its role allows and nothing more, and a replaced link stops working.
 */

/** Outside test-results, which the next run empties: pictures for a person to look at. */
const SCREENSHOTS = join(tmpdir(), 'journeyboard-sharing');

type LinkName = 'Can edit' | 'Can comment' | 'Can view';

function shareDialog(page: Page): Locator {
  return page.getByRole('dialog', { name: 'Share this board' });
}

/** Opens the Share dialog and reads the address in one link's row, as the owner would copy it. */
async function openShareDialog(page: Page, name: LinkName): Promise<{ dialog: Locator; address: Locator; link: string }> {
  await page.getByRole('button', { name: 'Share' }).click();
  const dialog = shareDialog(page);
  const address = dialog.getByRole('textbox', { name: `${name} link` });
  await expect(address).toHaveValue(/\/b\/[a-z0-9]+#t=[A-Za-z0-9_-]+$/);
  return { dialog, address, link: await address.inputValue() };
}

async function copyLink(page: Page, name: LinkName): Promise<string> {
  const { dialog, link } = await openShareDialog(page, name);
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toBeHidden();
  return link;
}

/** The owner's board with one stage, one lane and the card "Sales Visit". */
async function ownerWithCard(page: Page): Promise<TestBoard> {
  const board = await createBoardFromHome(page);
  await joinAs(page, 'Ada');
  await expectConnected(page);
  await page.getByRole('button', { name: '+ Add stage' }).click();
  await page.getByRole('button', { name: '+ Add lane' }).click();
  await addCardInCell(page, 'Sales Visit');
  return board;
}

/** Opens a link in a browser of its own, as the person it was sent to. */
async function openLink(page: Page, link: string, name: string): Promise<void> {
  await page.goto(link);
  await joinAs(page, name);
  await expectConnected(page);
}

/** The board as the server holds it, read by a client with the view link. */
async function boardOnServer(serverUrl: string, { id, tokens }: TestBoard) {
  const reader = await connectSeedClient(serverUrl, id, tokens.view);
  try {
    return docToBoard(reader.doc);
  } finally {
    reader.destroy();
  }
}

test('a view link copied from the Share dialog shows the board and changes nothing', async ({ openLaptop, server }) => {
  const ada = await openLaptop();
  const board = await ownerWithCard(ada);
  // What the owner's page offers, so that its absence below means something.
  await expect(ada.getByRole('complementary', { name: 'Palette' })).toBeVisible();
  await expect(ada.getByRole('button', { name: /^Add card to/ }).first()).toBeVisible();
  await expect(ada.getByRole('textbox', { name: 'Board title' })).toBeEditable();

  const { dialog, link: viewLink } = await openShareDialog(ada, 'Can view');
  mkdirSync(SCREENSHOTS, { recursive: true });
  await ada.screenshot({ path: join(SCREENSHOTS, 'share-dialog.png') });
  await dialog.getByRole('button', { name: 'Done' }).click();
  const before = await boardOnServer(server.url, board);

  const vic = await openLaptop();
  await openLink(vic, viewLink, 'Vic');
  // The token leaves the address bar: copying the address hands out nothing.
  await expect(vic).toHaveURL(new RegExp(`/b/${board.id}$`));
  expect(vic.url()).not.toContain('#t=');
  const card = vic.getByRole('article', { name: 'Card: Sales Visit' });
  await expect(card).toBeVisible();
  await expect(vic.locator('.board-header').getByText('View only', { exact: true })).toBeVisible();
  await expect(vic.getByRole('button', { name: /^Add card to/ })).toHaveCount(0);
  await expect(vic.getByRole('complementary', { name: 'Palette' })).toHaveCount(0);
  await expect(vic.getByRole('textbox', { name: 'Board title' })).not.toBeEditable();
  await vic.screenshot({ path: join(SCREENSHOTS, 'view-link.png') });

  // The card opens to be read: nothing to type into, nothing to delete.
  await card.dblclick();
  const readout = vic.getByRole('dialog', { name: 'Sales Visit' });
  await expect(readout).toBeVisible();
  await expect(readout.getByRole('heading', { name: 'Comments' })).toBeVisible();
  await expect(readout.getByRole('button', { name: 'Delete card' })).toHaveCount(0);
  await expect(readout.getByRole('textbox')).toHaveCount(0);
  await readout.getByRole('button', { name: 'Close' }).click();
  await expect(readout).toBeHidden();

  // Selected, the card is neither deleted by the Delete key nor retitled by typing.
  await card.click();
  await expect(vic.locator('.card-node.is-selected')).toHaveCount(1);
  await vic.keyboard.press('Delete');
  await vic.keyboard.press('Backspace');
  await vic.keyboard.type('Changed');
  await vic.keyboard.press('Enter');
  await expect(vic.getByRole('textbox', { name: 'Card title' })).toHaveCount(0);
  await expect(vic.getByRole('article', { name: /^Card: / })).toHaveCount(1);
  await expect(card).toBeVisible();
  await expectConnected(vic); // no change was refused: none was sent

  // An edit of the owner's reaching the viewer shows the viewer's socket still passes messages
  // both ways; the board on the server has only that edit.
  await addCardInCell(ada, 'Follow-up call');
  await expect(vic.getByRole('article', { name: 'Card: Follow-up call' })).toBeVisible();
  const after = await boardOnServer(server.url, board);
  expect(after.cards.filter((c) => c.title !== 'Follow-up call')).toEqual(before.cards);
  expect({ ...after, cards: [] }).toEqual({ ...before, cards: [] });
});

// A comment link's dots are placed in a dot voting round (voting.spec.ts).
test('a comment link comments on a card, and the owner sees it', async ({ openLaptop }) => {
  const ada = await openLaptop();
  await ownerWithCard(ada);
  const commentLink = await copyLink(ada, 'Can comment');

  const cora = await openLaptop();
  await openLink(cora, commentLink, 'Cora');
  await expect(cora.locator('.board-header').getByText('Comment only', { exact: true })).toBeVisible();
  await expect(cora.getByRole('button', { name: /^Add card to/ })).toHaveCount(0);

  // Double-clicked, the card opens its dialog rather than its title for typing.
  await cora.getByRole('article', { name: 'Card: Sales Visit' }).dblclick();
  const card = cora.getByRole('dialog', { name: 'Sales Visit' });
  await expect(card).toBeVisible();
  await expect(cora.getByRole('textbox', { name: 'Card title' })).toHaveCount(0);
  await expect(card.getByRole('textbox', { name: 'Title' })).toHaveCount(0);

  await card.getByRole('textbox', { name: 'Add a comment' }).fill('Ask which delivery dates suit them');
  await card.getByRole('button', { name: 'Comment' }).click();
  await expect(card).toContainText('Ask which delivery dates suit them');
  await expect(card.getByRole('textbox', { name: 'Add a comment' })).toHaveValue('');

  // The owner sees the comment with its author in the card's dialog.
  await ada.getByRole('button', { name: 'Edit details of Sales Visit' }).click();
  const editor = ada.getByRole('dialog', { name: 'Edit card' });
  await expect(editor.getByRole('listitem').filter({ hasText: 'Ask which delivery dates suit them' })).toContainText('Cora');
});

test('a view link the owner replaces stops working at once, and the new one opens the board', async ({ openLaptop }) => {
  const ada = await openLaptop();
  await ownerWithCard(ada);
  const oldLink = await copyLink(ada, 'Can view');

  const vic = await openLaptop();
  await openLink(vic, oldLink, 'Vic');
  await expect(vic.getByRole('article', { name: 'Card: Sales Visit' })).toBeVisible();

  const { dialog, address } = await openShareDialog(ada, 'Can view');
  const row = dialog.getByRole('listitem').filter({ has: ada.getByRole('textbox', { name: 'Can view link' }) });
  await row.getByRole('button', { name: 'Replace link…' }).click();
  await row.getByRole('group', { name: 'Replace the can view link' }).getByRole('button', { name: 'Replace' }).click();
  await expect(address).not.toHaveValue(oldLink);
  await expect(address).toHaveValue(/#t=[A-Za-z0-9_-]+$/);
  const newLink = await address.inputValue();

  // The page open with the old link is told at once, and stops trying.
  await expect(vic.getByRole('alert')).toContainText('This link was replaced by the board’s owner');
  await expect(vic.getByRole('status', { name: /Connection/ })).toHaveAttribute('data-state', 'failed');
  // Opened again, the old link (which that browser kept) opens nothing.
  await vic.reload();
  await expect(vic.getByRole('heading', { name: 'This link no longer opens the board' })).toBeVisible();

  const vera = await openLaptop();
  await openLink(vera, newLink, 'Vera');
  await expect(vera.getByRole('article', { name: 'Card: Sales Visit' })).toBeVisible();
  await expect(vera.locator('.board-header').getByText('View only', { exact: true })).toBeVisible();
});

test('a browser without a link to the board is told how boards open', async ({ page, request }) => {
  const { id } = await createBoard(request, { title: 'Workshop in Leeds' });
  await page.goto(`/b/${id}`);
  await expect(page.getByRole('heading', { name: 'This board opens through a link' })).toBeVisible();
  await expect(page.getByText('Workshop in Leeds')).toHaveCount(0);
});
