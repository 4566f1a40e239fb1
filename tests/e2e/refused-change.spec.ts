import * as Y from 'yjs';
import { addCard, addLane, addStage, docToBoard, getRecord } from '../../src/doc/index.ts';
import { expect, expectConnected, test } from './fixtures.ts';
import { createBoard, linkPath } from './links.ts';
import { connectSeedClient } from './seedClient.ts';

/*
 * A browser whose copy of a board holds a change the server refuses (here a card title over its
 * limit, as a broken or altered page could write) is refused on every connection, as each update
 * it sends builds on that change. The page says why, stops retrying, and offers a way out.
 */
test('a change the server refuses is named, stops the retries, and the copy holding it can be discarded', async ({ openLaptop, server, request }) => {
  const { id, tokens } = await createBoard(request);
  const path = linkPath(id, tokens.edit); // Ada's link: she may change the board
  const seed = await connectSeedClient(server.url, id, tokens.owner);
  try {
    const stageId = addStage(seed.ctx, { title: 'Awareness' });
    const laneId = addLane(seed.ctx, { kind: 'touchpoints', title: 'Touchpoints' });
    const cardId = addCard(seed.ctx, { stageId, laneId, title: 'Email Marketing' });

    const ada = await openLaptop();
    await ada.addInitScript(() => localStorage.setItem('journeyboard.identity', JSON.stringify({ id: 'ada', name: 'Ada', color: '#2563eb' })));
    await ada.goto(path);
    await expectConnected(ada);
    await expect(ada.getByRole('article', { name: 'Card: Email Marketing' })).toBeVisible();
    const copyName = `journeyboard:${id}`;
    await expect.poll(() => ada.evaluate((key) => localStorage.getItem(key), `journeyboard.copy:${copyName}`)).toBe('1');

    // The change: the card's title grown to 600 characters, over its 500, made against the
    // board as it is and written into this browser's copy, away from the board's page.
    const altered = new Y.Doc();
    Y.applyUpdate(altered, Y.encodeStateAsUpdate(seed.doc));
    const before = Y.encodeStateVector(altered);
    (getRecord(altered, 'cards', cardId)!.get('title') as Y.Text).insert(15, ` ${'x'.repeat(584)}`);
    const update = Y.encodeStateAsUpdate(altered, before);
    await ada.goto('/');
    await ada.evaluate(
      async ({ name, bytes }) => {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const open = indexedDB.open(name);
          open.onsuccess = () => resolve(open.result);
          open.onerror = () => reject(open.error);
        });
        await new Promise((resolve, reject) => {
          const tx = db.transaction('updates', 'readwrite');
          tx.objectStore('updates').add(new Uint8Array(bytes));
          tx.oncomplete = resolve;
          tx.onerror = () => reject(tx.error);
        });
        db.close();
      },
      { name: copyName, bytes: [...update] },
    );

    // Back on the board: the copy goes out, the server refuses it and says why; no retry.
    let syncSockets = 0;
    ada.on('websocket', (socket) => {
      if (socket.url().includes('/sync/')) syncSockets++;
    });
    await ada.goto(path);
    const status = ada.getByRole('status', { name: /Connection/ });
    const alert = ada.getByRole('alert');
    await expect(status).toHaveAttribute('data-state', 'failed');
    await expect(alert).toContainText(/^The server refused a change made here: a text would hold 600 characters, over its 500\./);
    await expect(ada.getByRole('article', { name: /^Card: Email Marketing x+$/ })).toBeVisible();
    await expect(alert.getByRole('button', { name: 'Export a copy' })).toBeVisible();
    const opened = syncSockets;
    expect(opened).toBeGreaterThan(0);
    await ada.waitForTimeout(3000); // long enough for several retries, had there been any
    expect(syncSockets).toBe(opened);

    // Every visit would be refused alike: the copy still holds the change.
    await ada.reload();
    await expect(alert).toContainText('The server refused a change made here');
    expect(docToBoard(seed.doc).cards[0]!.title).toBe('Email Marketing');

    // The way out: a second press discards the copy, and the board comes from the server again.
    await alert.getByRole('button', { name: /^Discard this browser’s copy/ }).click();
    await expect(alert).toContainText('will be lost');
    await alert.getByRole('button', { name: 'Keep it' }).click();
    await alert.getByRole('button', { name: /^Discard this browser’s copy/ }).click();
    await alert.getByRole('button', { name: 'Discard and reload' }).click();
    await expectConnected(ada);
    await expect(alert).toHaveCount(0);
    await expect(ada.getByRole('article', { name: 'Card: Email Marketing' })).toBeVisible();

    // And what is typed now reaches the others.
    await ada.getByRole('article', { name: 'Card: Email Marketing' }).dblclick();
    await ada.keyboard.type(' newsletters');
    await ada.keyboard.press('Enter');
    await expect.poll(() => docToBoard(seed.doc).cards[0]!.title).toBe('Email Marketing newsletters');
  } finally {
    seed.destroy();
  }
});
