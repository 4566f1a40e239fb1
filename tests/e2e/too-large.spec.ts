import { readFileSync } from 'node:fs';
import { addCardInCell, createBoardFromHome, expect, expectConnected, joinAs, test } from './fixtures.ts';
import { linkPath } from './links.ts';

// A small frame limit, so a few pasted cards are a change too large for the server to take.
test.use({ serverEnv: { MAX_FRAME_BYTES: '8192' } });

test('changes too large to send are kept in the browser, with the reason shown, and can be exported', async ({ openLaptop, server }) => {
  const ada = await openLaptop();
  const board = await createBoardFromHome(ada);
  await joinAs(ada, 'Ada');
  await expectConnected(ada);
  await ada.getByRole('button', { name: '+ Add stage' }).click();
  await ada.getByRole('button', { name: '+ Add lane' }).click();
  await addCardInCell(ada, 'Synced before');

  // Offline, Ada pastes 60 long lines: 60 cards, over 12 KB of changes that will go as one message.
  const port = Number(new URL(server.url).port);
  await server.stop();
  const status = ada.getByRole('status', { name: /Connection/ });
  await expect(status).toHaveAttribute('data-state', 'offline');
  await ada.evaluate(() => {
    const lines = Array.from({ length: 60 }, (_, i) => `Pasted line ${i + 1}: ${'a customer remark that runs long '.repeat(6)}`);
    const paste = new ClipboardEvent('paste', { clipboardData: new DataTransfer(), bubbles: true });
    paste.clipboardData!.setData('text/plain', lines.join('\n'));
    document.dispatchEvent(paste);
  });
  await expect(ada.getByRole('article', { name: /^Card: Pasted line 1:/ })).toBeVisible();

  // Back online: the server refuses the change; the page says so and stops retrying.
  await server.start(port);
  await expect(status).toHaveAttribute('data-state', 'failed');
  const alert = ada.getByRole('alert');
  await expect(alert).toContainText('Changes made here are too large to send at once');
  await expect(ada.getByRole('article', { name: /^Card: Pasted line 1:/ })).toBeVisible();

  // Nothing is lost: the copy the alert offers holds every pasted card.
  await alert.getByRole('button', { name: 'Export a copy' }).click();
  const dialog = ada.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: /JSON/ }).check();
  const [download] = await Promise.all([ada.waitForEvent('download'), dialog.getByRole('button', { name: 'Download' }).click()]);
  const file = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { board: { cards: { title: string }[] } };
  const titles = file.board.cards.map((card) => card.title);
  expect(titles).toContain('Synced before');
  expect(titles.filter((title) => title.startsWith('Pasted line '))).toHaveLength(60);

  // The server kept what it had: someone else opening the board sees the synced card only.
  const bob = await openLaptop();
  await bob.goto(linkPath(board.id, board.tokens.edit));
  await joinAs(bob, 'Bob');
  await expect(bob.getByRole('article', { name: 'Card: Synced before' })).toBeVisible();
  await expect(bob.getByRole('article', { name: /^Card: Pasted line/ })).toHaveCount(0);
});

