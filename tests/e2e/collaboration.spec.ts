import { addCardInCell, createBoardFromHome, expect, expectConnected, joinAs, test } from './fixtures.ts';
import { linkPath } from './links.ts';

test('two people on one board see each other and each other’s cards, and the board survives a restart', async ({ openLaptop, server }) => {
  const ada = await openLaptop();
  const board = await createBoardFromHome(ada);
  // What Ada shares: the link to edit the board.
  const path = linkPath(board.id, board.tokens.edit);
  await joinAs(ada, 'Ada');
  await expectConnected(ada);

  const bob = await openLaptop();
  await bob.goto(path);
  await joinAs(bob, 'Bob');
  await expectConnected(bob);

  await expect(ada.getByRole('listitem', { name: 'Bob' })).toBeVisible();
  await expect(bob.getByRole('listitem', { name: 'Ada' })).toBeVisible();

  // Ada builds the start of a map.
  await ada.getByRole('button', { name: '+ Add stage' }).click();
  await ada.getByRole('button', { name: '+ Add lane' }).click();
  await addCardInCell(ada, 'Sales Visit');

  await expect(bob.getByRole('article', { name: 'Card: Sales Visit' })).toBeVisible();

  // Bob renames the stage; Ada sees it.
  const stageTitle = bob.getByRole('button', { name: /^Stage title:/ });
  await stageTitle.dblclick();
  await bob.getByRole('textbox', { name: 'Stage title' }).fill('Initial Contact and Needs Assessment');
  await bob.getByRole('textbox', { name: 'Stage title' }).press('Enter');
  await expect(ada.getByRole('button', { name: /^Stage title: Initial Contact and Needs Assessment/ })).toBeVisible();

  // Ada's undo takes back her own edits, one step at a time, never Bob's rename: first the
  // title she typed (naming is a step of its own, src/doc/undo.ts), then the card itself.
  const cards = (page: typeof ada) => page.getByRole('article', { name: /^Card: / });
  const renamed = (page: typeof ada) => page.getByRole('button', { name: /^Stage title: Initial Contact and Needs Assessment/ });
  await ada.keyboard.press('Control+z');
  await expect(bob.getByRole('article', { name: 'Card: untitled' })).toBeVisible();
  await expect(cards(bob)).toHaveCount(1);
  await ada.keyboard.press('Control+z');
  await expect(cards(bob)).toHaveCount(0);
  await expect(cards(ada)).toHaveCount(0);
  await expect(renamed(ada)).toBeVisible();
  await expect(renamed(bob)).toBeVisible();
  // Redo brings both back, in the same two steps.
  await ada.keyboard.press('Control+Shift+z');
  await expect(bob.getByRole('article', { name: 'Card: untitled' })).toBeVisible();
  await ada.keyboard.press('Control+Shift+z');
  await expect(bob.getByRole('article', { name: 'Card: Sales Visit' })).toBeVisible();
  await expect(cards(bob)).toHaveCount(1);

  // The server goes away: the status says so, and an edit made meanwhile is kept.
  const port = Number(new URL(server.url).port);
  await server.stop();
  await expect(ada.getByRole('status', { name: /Connection/ })).toHaveAttribute('data-state', 'offline');
  await addCardInCell(ada, 'Inspiration and Presentation');

  // It comes back on the same port; both reconnect, the offline edit reaches Bob, nothing is lost.
  await server.start(port);
  await expectConnected(ada);
  await expectConnected(bob);
  await expect(bob.getByRole('article', { name: 'Card: Inspiration and Presentation' })).toBeVisible();
  const fresh = await openLaptop();
  await fresh.goto(path);
  await joinAs(fresh, 'Cy');
  await expect(fresh.getByRole('article', { name: 'Card: Sales Visit' })).toBeVisible();
  await expect(fresh.getByRole('button', { name: /^Stage title: Initial Contact and Needs Assessment/ })).toBeVisible();

  // And an edit after the restart still reaches everyone.
  await addCardInCell(bob, 'Data Collection');
  await expect(ada.getByRole('article', { name: 'Card: Data Collection' })).toBeVisible();
  await expect(fresh.getByRole('article', { name: 'Card: Data Collection' })).toBeVisible();
});

test('a card added while the server is away is kept in the browser, and reaches the others once it is back', async ({ openLaptop, server }) => {
  const ada = await openLaptop();
  const laptop = ada.context();
  const board = await createBoardFromHome(ada);
  // Ada's own browser keeps her owner link: the board's bare address opens it for her again.
  const path = `/b/${board.id}`;
  await joinAs(ada, 'Ada');
  await expectConnected(ada);
  await ada.getByRole('button', { name: '+ Add stage' }).click();
  await ada.getByRole('button', { name: '+ Add lane' }).click();

  // The server goes away; Ada adds a card and closes the tab: only her browser holds the card.
  const port = Number(new URL(server.url).port);
  await server.stop();
  await expect(ada.getByRole('status', { name: /Connection/ })).toHaveAttribute('data-state', 'offline');
  await addCardInCell(ada, 'Written on the train');
  await ada.close();

  // Back online, Ada opens the board again on the same laptop: the card is there, and reaches Bob.
  await server.start(port);
  const again = await laptop.newPage();
  await again.goto(path);
  await expectConnected(again);
  await expect(again.getByRole('article', { name: 'Card: Written on the train' })).toBeVisible();
  const bob = await openLaptop();
  await bob.goto(linkPath(board.id, board.tokens.edit));
  await joinAs(bob, 'Bob');
  await expect(bob.getByRole('article', { name: 'Card: Written on the train' })).toBeVisible();
});
