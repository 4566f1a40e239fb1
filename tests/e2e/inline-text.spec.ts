import type { APIRequestContext, Locator, Page } from '@playwright/test';
import * as Y from 'yjs';
import { addCard, addLane, addNote, addStage, docToBoard, getRecord, metaMap, setBoardTitle } from '../../src/doc/index.ts';
import { expect, expectConnected, test, type OpenLaptop } from './fixtures.ts';
import { createBoard } from './links.ts';
import { connectSeedClient, type SeedClient } from './seedClient.ts';

/*
 * Text edited in place on the map and in the header, by two people at once. The board is
 * prepared by a client in Node over a real sync connection, which also reads back what reached
 * the shared document.
 */

interface Prepared {
  path: string;
  seed: SeedClient;
  stageId: string;
  laneId: string;
  cardId: string;
  noteId: string;
}

/**
 * A board titled "Email Marketing" whose one stage, card and note say the same. `path` opens
 * it with the owner link: the board's title is renamed only with that one.
 */
async function prepareBoard(request: APIRequestContext, serverUrl: string): Promise<Prepared> {
  const { id, tokens, path } = await createBoard(request);
  const seed = await connectSeedClient(serverUrl, id, tokens.owner);
  setBoardTitle(seed.ctx, 'Email Marketing');
  const stageId = addStage(seed.ctx, { title: 'Email Marketing', window: 'Week 2' });
  const laneId = addLane(seed.ctx, { kind: 'touchpoints', title: 'Touchpoints' });
  const cardId = addCard(seed.ctx, { stageId, laneId, title: 'Email Marketing' });
  const noteId = addNote(seed.ctx, { x: 320, y: 420, text: 'Email Marketing' });
  return { path, seed, stageId, laneId, cardId, noteId };
}

async function openAs(openLaptop: OpenLaptop, path: string, name: string): Promise<Page> {
  const page = await openLaptop();
  await page.addInitScript((who) => localStorage.setItem('journeyboard.identity', JSON.stringify({ id: who, name: who, color: '#2563eb' })), name);
  await page.goto(path);
  await expectConnected(page);
  return page;
}

/**
 * Ada appends " newsletters" while Bob prefixes "Monthly ", each in their own field, with real
 * keys. Ada's first letters reach Bob's open field before he types; then both type at once.
 * Each caret must stay put while the other's letters arrive, or the words would interleave.
 */
async function typeTogether(ada: { page: Page; field: Locator }, bob: { page: Page; field: Locator }): Promise<void> {
  await ada.page.keyboard.press('Control+End');
  await bob.page.keyboard.press('Control+Home');
  await ada.page.keyboard.type(' news', { delay: 30 });
  await expect(bob.field).toHaveValue('Email Marketing news');
  await expect(bob.field).toBeFocused();
  await Promise.all([ada.page.keyboard.type('letters', { delay: 60 }), bob.page.keyboard.type('Monthly ', { delay: 60 })]);
  for (const { field } of [ada, bob]) {
    await expect(field).toHaveValue('Monthly Email Marketing newsletters');
    await expect(field).toBeFocused();
  }
}

test('two people editing one card title on the map keep both their words, and see each other type', async ({ openLaptop, server, request }) => {
  const { path, seed, cardId } = await prepareBoard(request, server.url);
  try {
    const ada = await openAs(openLaptop, path, 'Ada');
    const bob = await openAs(openLaptop, path, 'Bob');
    for (const page of [ada, bob]) await page.getByRole('article', { name: 'Card: Email Marketing' }).dblclick();
    const field = (page: Page) => page.getByRole('textbox', { name: 'Card title' });
    await typeTogether({ page: ada, field: field(ada) }, { page: bob, field: field(bob) });

    // Bob's card on Ada's map (not being edited there) shows his letters as they come.
    await bob.keyboard.type('!');
    await expect(field(ada)).toHaveValue('Monthly !Email Marketing newsletters');
    await bob.keyboard.press('Backspace');

    for (const page of [ada, bob]) await page.keyboard.press('Enter');
    for (const page of [ada, bob]) {
      await expect(field(page)).toHaveCount(0);
      await expect(page.getByRole('article', { name: 'Card: Monthly Email Marketing newsletters' })).toBeVisible();
    }
    await expect.poll(() => docToBoard(seed.doc).cards.find((c) => c.id === cardId)?.title).toBe('Monthly Email Marketing newsletters');
  } finally {
    seed.destroy();
  }
});

test('two people editing one stage title on the map keep both their words, and Escape takes back only one’s own', async ({ openLaptop, server, request }) => {
  const { path, seed, stageId } = await prepareBoard(request, server.url);
  try {
    const ada = await openAs(openLaptop, path, 'Ada');
    const bob = await openAs(openLaptop, path, 'Bob');
    for (const page of [ada, bob]) await page.getByRole('button', { name: /^Stage title: Email Marketing\./ }).dblclick();
    const field = (page: Page) => page.getByRole('textbox', { name: 'Stage title' });
    await typeTogether({ page: ada, field: field(ada) }, { page: bob, field: field(bob) });

    // Ada goes on typing, then changes her mind: Escape takes back her words, not Bob's.
    await ada.keyboard.type(' draft');
    await expect(field(bob)).toHaveValue('Monthly Email Marketing newsletters draft');
    await ada.keyboard.press('Escape');
    await expect(field(ada)).toHaveCount(0);
    await expect(field(bob)).toHaveValue('Monthly Email Marketing');
    await expect(ada.getByRole('button', { name: /^Stage title: Monthly Email Marketing\./ })).toBeFocused();

    await bob.keyboard.press('Enter');
    for (const page of [ada, bob]) await expect(page.getByLabel(/^Stage 1:/)).toContainText('Monthly Email Marketing');
    await expect.poll(() => docToBoard(seed.doc).stages.find((s) => s.id === stageId)?.title).toBe('Monthly Email Marketing');
  } finally {
    seed.destroy();
  }
});

test('two people writing on one sticky note keep both their words, on several lines', async ({ openLaptop, server, request }) => {
  const { path, seed, noteId } = await prepareBoard(request, server.url);
  try {
    const ada = await openAs(openLaptop, path, 'Ada');
    const bob = await openAs(openLaptop, path, 'Bob');
    for (const page of [ada, bob]) await page.getByRole('button', { name: /^Note text: Email Marketing\./ }).dblclick();
    const field = (page: Page) => page.getByRole('textbox', { name: 'Note text' });
    await typeTogether({ page: ada, field: field(ada) }, { page: bob, field: field(bob) });

    // Shift+Enter breaks the line; Enter ends editing.
    await ada.keyboard.press('Shift+Enter');
    await ada.keyboard.type('Ask Bob');
    await expect(field(bob)).toHaveValue('Monthly Email Marketing newsletters\nAsk Bob');
    for (const page of [ada, bob]) await page.keyboard.press('Enter');
    for (const page of [ada, bob]) await expect(page.getByRole('button', { name: /^Note text: Monthly Email Marketing newsletters\s+Ask Bob\./ })).toBeVisible();
    await expect.poll(() => docToBoard(seed.doc).notes.find((n) => n.id === noteId)?.text).toBe('Monthly Email Marketing newsletters\nAsk Bob');
  } finally {
    seed.destroy();
  }
});

test('two people renaming the board in the header keep both their words; the title is tidied and never left empty', async ({ openLaptop, server, request }) => {
  const { path, seed } = await prepareBoard(request, server.url);
  try {
    const ada = await openAs(openLaptop, path, 'Ada');
    const bob = await openAs(openLaptop, path, 'Bob');
    const field = (page: Page) => page.getByRole('textbox', { name: 'Board title' });
    for (const page of [ada, bob]) await field(page).click();
    await typeTogether({ page: ada, field: field(ada) }, { page: bob, field: field(bob) });
    for (const page of [ada, bob]) await page.keyboard.press('Enter');
    for (const page of [ada, bob]) await expect(page).toHaveTitle('Monthly Email Marketing newsletters · Journeyboard');
    await expect.poll(() => docToBoard(seed.doc).meta.title).toBe('Monthly Email Marketing newsletters');

    // Spaces typed at the ends and between words are tidied when Ada leaves the field.
    await field(ada).click();
    await ada.keyboard.press('Control+Home');
    await ada.keyboard.type('  ');
    await ada.keyboard.press('Control+End');
    await ada.keyboard.type('   2027 ');
    await expect(field(bob)).toHaveValue('  Monthly Email Marketing newsletters   2027 ');
    await ada.keyboard.press('Enter');
    for (const page of [ada, bob]) await expect(field(page)).toHaveValue('Monthly Email Marketing newsletters 2027');

    // Cleared and left, it gets back what it was; Escape takes back what Ada typed.
    await field(ada).click();
    await ada.keyboard.press('Control+a');
    await ada.keyboard.press('Backspace');
    await expect(field(bob)).toHaveValue('');
    await field(ada).blur();
    for (const page of [ada, bob]) await expect(field(page)).toHaveValue('Monthly Email Marketing newsletters 2027');
    await field(ada).click();
    await ada.keyboard.press('Control+End');
    await ada.keyboard.type(' (draft)');
    await expect(field(bob)).toHaveValue('Monthly Email Marketing newsletters 2027 (draft)');
    await ada.keyboard.press('Escape');
    await expect(field(ada)).not.toBeFocused();
    for (const page of [ada, bob]) await expect(field(page)).toHaveValue('Monthly Email Marketing newsletters 2027');
  } finally {
    seed.destroy();
  }
});

test('a new card left without a title goes, by leaving it or by Escape; one with a title stays', async ({ openLaptop, server, request }) => {
  const { path, seed } = await prepareBoard(request, server.url);
  try {
    const ada = await openAs(openLaptop, path, 'Ada');
    const cards = ada.locator('.card-node');
    await expect(cards).toHaveCount(1);
    const add = ada.getByRole('button', { name: /^Add card to/ });
    const field = ada.getByRole('textbox', { name: 'Card title' });

    await add.click();
    await expect(field).toBeFocused();
    await expect(cards).toHaveCount(2);
    await ada.locator('.react-flow__pane').click({ position: { x: 10, y: 10 } });
    await expect(cards).toHaveCount(1);

    await add.click();
    await ada.keyboard.type('Second thoughts');
    await ada.keyboard.press('Escape');
    await expect(cards).toHaveCount(1);

    await add.click();
    await ada.keyboard.type('Welcome email');
    await ada.locator('.react-flow__pane').click({ position: { x: 10, y: 10 } });
    await expect(ada.getByRole('article', { name: 'Card: Welcome email' })).toBeVisible();
    await expect.poll(() => docToBoard(seed.doc).cards.map((c) => c.title).sort()).toEqual(['Email Marketing', 'Welcome email']);
  } finally {
    seed.destroy();
  }
});

test('texts an older client stored as plain strings are edited together all the same', async ({ openLaptop, server, request }) => {
  const { path, seed, stageId, laneId } = await prepareBoard(request, server.url);
  try {
    seed.doc.transact(() => {
      getRecord(seed.doc, 'stages', stageId)!.set('window', 'Week 2');
      getRecord(seed.doc, 'lanes', laneId)!.set('title', 'Touchpoints');
      metaMap(seed.doc).set('title', 'Email Marketing');
    });
    const ada = await openAs(openLaptop, path, 'Ada');
    const bob = await openAs(openLaptop, path, 'Bob');

    await ada.getByRole('button', { name: /^Time window: Week 2\./ }).dblclick();
    await expect(ada.getByRole('textbox', { name: 'Time window' })).toHaveValue('Week 2');
    await ada.keyboard.type('-4');
    await expect(bob.getByRole('button', { name: /^Time window: Week 2-4\./ })).toBeVisible();
    await ada.keyboard.press('Enter');

    await ada.getByRole('button', { name: /^Lane title: Touchpoints\./ }).dblclick();
    await expect(ada.getByRole('textbox', { name: 'Lane title' })).toHaveValue('Touchpoints');
    await ada.keyboard.type(' online');
    await expect(bob.getByRole('button', { name: /^Lane title: Touchpoints online\./ })).toBeVisible();
    await ada.keyboard.press('Enter');

    const title = (page: Page) => page.getByRole('textbox', { name: 'Board title' });
    await title(ada).click();
    await expect(title(ada)).toBeEditable();
    await expect(title(ada)).toBeFocused();
    await ada.keyboard.press('Control+End');
    await ada.keyboard.type(' news');
    await expect(title(bob)).toHaveValue('Email Marketing news');
    await ada.keyboard.press('Enter');

    await expect.poll(() => {
      const board = docToBoard(seed.doc);
      return [board.stages[0]!.window, board.lanes[0]!.title, board.meta.title];
    }).toEqual(['Week 2-4', 'Touchpoints online', 'Email Marketing news']);
    expect(getRecord(seed.doc, 'lanes', laneId)!.get('title')).toBeInstanceOf(Y.Text);
  } finally {
    seed.destroy();
  }
});

test('lines pasted into a one-line text join into one line, as typing Enter ends it', async ({ openLaptop, server, request }) => {
  const { path, seed, laneId } = await prepareBoard(request, server.url);
  try {
    const ada = await openAs(openLaptop, path, 'Ada');
    await ada.getByRole('button', { name: /^Lane title: Touchpoints\./ }).dblclick();
    const field = ada.getByRole('textbox', { name: 'Lane title' });
    await expect(field).toBeFocused();
    await field.evaluate((el) => {
      const paste = new ClipboardEvent('paste', { clipboardData: new DataTransfer(), bubbles: true, cancelable: true });
      paste.clipboardData!.setData('text/plain', ' by email\nand phone\r\n');
      el.dispatchEvent(paste);
    });
    await expect(field).toHaveValue('Touchpoints by email and phone');
    await ada.keyboard.press('Shift+Enter');
    await expect(field).toHaveCount(0);
    await expect.poll(() => docToBoard(seed.doc).lanes.find((l) => l.id === laneId)?.title).toBe('Touchpoints by email and phone');
  } finally {
    seed.destroy();
  }
});
