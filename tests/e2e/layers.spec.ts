import type { ElementHandle, Locator, Page } from '@playwright/test';
import { addCard, addLane, addNote, addStage, addStrategyItem } from '../../src/doc/index.ts';
import { expect, expectConnected, joinAs, test } from './fixtures.ts';
import { adminTokenIn, createBoard, linkPath, type TestBoard } from './links.ts';
import { connectSeedClient } from './seedClient.ts';

/*
 * Every dialog over every overlay the board shows at once: the dialog's first field takes the
 * pointer, and each overlay lies under the dialog's dimming backdrop. One board per group of
 * overlays (an empty map, a full one, the strategy canvas), each dialog opened in turn on it.
 */

interface Paint {
  /** Whether the topmost thing painted at the centre of the dialog's first field is in the dialog. */
  fieldOnTop: boolean;
  /** Per overlay, what is painted topmost at its centre: 'backdrop', 'dialog', or what covers it otherwise. */
  overlays: string[];
  /** Whether the backdrop is tinted (it dims), rather than transparent. */
  backdropDims: boolean;
}

/**
 * What is painted topmost over the dialog's first field and over each overlay. A modal Radix
 * dialog makes the page under it ignore the pointer, and the notice always does, and
 * elementFromPoint skips what ignores the pointer: so for this probe every element takes it.
 */
async function paintOrder(dialog: Locator, overlays: ElementHandle[]): Promise<Paint> {
  return dialog.evaluate((content, overlayElements) => {
    const probe = document.createElement('style');
    probe.textContent = '* { pointer-events: auto !important; }';
    document.head.append(probe);
    try {
      const topmostAt = (element: Element) => {
        const box = element.getBoundingClientRect();
        return document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
      };
      const field = content.querySelector('input:not([type="hidden"]), textarea, select, button')!;
      // A dialog taller than the window scrolls: its field is looked at where a person scrolls it.
      field.scrollIntoView({ block: 'nearest' });
      const backdrop = document.querySelector('.dialog__overlay');
      const describe = (overlay: Element | null) => {
        const hit = overlay && topmostAt(overlay);
        if (!overlay || !hit) return 'nothing';
        if (content.contains(hit)) return 'dialog';
        if (hit === backdrop) return 'backdrop';
        return overlay.contains(hit) ? 'the overlay itself' : `${hit.tagName.toLowerCase()}.${hit.className}`;
      };
      return {
        fieldOnTop: content.contains(topmostAt(field)),
        overlays: (overlayElements as Element[]).map(describe),
        backdropDims: backdrop !== null && getComputedStyle(backdrop).backgroundColor !== 'rgba(0, 0, 0, 0)',
      };
    } finally {
      probe.remove();
    }
  }, overlays);
}

interface Opener {
  name: string;
  open(page: Page): Promise<Locator>;
  /** Escape, unless the dialog asks for something first. */
  close?(page: Page): Promise<void>;
}

async function expectOnTop(page: Page, opener: Opener, overlays: Record<string, Locator>, before?: () => Promise<void>): Promise<void> {
  await test.step(opener.name, async () => {
    await before?.();
    for (const [name, overlay] of Object.entries(overlays)) await expect(overlay, `${name} is shown before the dialog opens`).toBeVisible();
    // Found first: a modal dialog hides the rest of the page from the accessibility tree.
    const elements = await Promise.all(Object.values(overlays).map(async (overlay) => (await overlay.elementHandle())!));
    const dialog = await opener.open(page);
    await expect(dialog).toBeVisible();
    const paint = await paintOrder(dialog, elements);
    expect(paint.fieldOnTop, `${opener.name}: its first field is on top`).toBe(true);
    expect(paint.backdropDims, `${opener.name}: its backdrop dims the page`).toBe(true);
    // Each overlay is under the backdrop, or under the dialog itself where the two overlap.
    const names = Object.keys(overlays);
    const painted = Object.fromEntries(names.map((name, i) => [name, paint.overlays[i]]));
    const under = Object.fromEntries(names.map((name, i) => [name, paint.overlays[i] === 'dialog' ? 'dialog' : 'backdrop']));
    expect(painted, `${opener.name}: every overlay lies under it`).toEqual(under);
    await (opener.close ? opener.close(page) : page.keyboard.press('Escape'));
    await expect(dialog).toBeHidden();
  });
}

/** The dialogs of the board's header and palette, found wherever the page is. */
const HEADER_DIALOGS: Opener[] = [
  {
    name: 'name dialog',
    async open(page) {
      await page.getByRole('button', { name: /change your name$/ }).click();
      return page.getByRole('dialog', { name: 'What should others call you?' });
    },
  },
  {
    name: 'share dialog',
    async open(page) {
      await page.getByRole('button', { name: 'Share', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: 'Share this board' });
      await expect(dialog.getByRole('status')).toBeHidden(); // the links have loaded
      return dialog;
    },
  },
  {
    name: 'export dialog',
    async open(page) {
      await page.getByRole('button', { name: 'Export', exact: true }).click();
      return page.getByRole('dialog', { name: 'Export' });
    },
  },
  {
    name: 'save as template',
    async open(page) {
      await page.getByRole('button', { name: 'Export', exact: true }).click();
      await page.getByRole('dialog', { name: 'Export' }).getByRole('button', { name: 'Save as template…' }).click();
      return page.getByRole('dialog', { name: 'Save as a template' });
    },
  },
  {
    name: 'import dialog',
    async open(page) {
      // A file that is no Journeyboard file, opened as the home page's picker opens one.
      await page.evaluate(() => window.dispatchEvent(new CustomEvent('journeyboard:open-file', { detail: new File(['not a board'], 'notes.txt', { type: 'text/plain' }) })));
      return page.getByRole('dialog', { name: 'This file could not be opened' });
    },
  },
];

const SHORTCUTS: Opener = {
  name: 'shortcuts dialog',
  async open(page) {
    await page.getByRole('button', { name: /^Keyboard shortcuts/ }).click();
    return page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  },
};

/** Opens a board as its owner, in a browser that also holds the admin link (for Save as template). */
async function openAsOwner(page: Page, board: TestBoard, serverOutput: string): Promise<void> {
  await page.goto(`/#admin=${adminTokenIn(serverOutput)}`);
  await expect.poll(() => page.evaluate(() => localStorage.getItem('journeyboard.adminLink'))).not.toBeNull();
  await page.goto(board.path);
}

test('on an empty map, every dialog covers the empty-state panel, the palette and a notice', async ({ page, server }) => {
  const board = await createBoard(page.request);
  await openAsOwner(page, board, server.output);
  const emptyState = page.getByRole('region', { name: 'Start your journey map' });
  const palette = page.getByRole('complementary', { name: 'Palette' });

  // The first visit asks for a name: its field is above the empty-state panel, which it dims.
  const firstVisit: Opener = {
    name: 'name dialog, first visit',
    open: async () => page.getByRole('dialog', { name: 'What should others call you?' }),
    close: () => joinAs(page, 'Ada'),
  };
  await expectOnTop(page, firstVisit, { emptyState, palette });
  await expectConnected(page);

  const notice = page.locator('.notice__text');
  // A card added with no cell to go in: the notice says why, for a few seconds.
  const showNotice = async () => {
    await palette.getByRole('button', { name: /^Card: / }).click();
    await expect(notice).toHaveText('Drop a card into a cell of the map.');
  };
  for (const opener of [...HEADER_DIALOGS, SHORTCUTS]) await expectOnTop(page, opener, { emptyState, palette, notice }, showNotice);
});

test('on a full map, every dialog covers the toolbar, the minimap, the palette and a notice', async ({ page, server }) => {
  const board = await createBoard(page.request);
  const seed = await connectSeedClient(server.url, board.id, board.tokens.owner);
  let cardId = '';
  try {
    const stages = ['Awareness', 'Consideration', 'Purchase'].map((title) => addStage(seed.ctx, { title }));
    const lanes = [addLane(seed.ctx, { kind: 'touchpoints', title: 'Touchpoints' }), addLane(seed.ctx, { kind: 'painPoints', title: 'Pain points' })];
    for (const stageId of stages) for (const laneId of lanes) cardId = addCard(seed.ctx, { stageId, laneId, title: 'Showroom visit', owner: 'Sales' });
    addNote(seed.ctx, { x: 40, y: -200, text: 'Ask about delivery' });
  } finally {
    seed.destroy();
  }
  await page.addInitScript(() => localStorage.setItem('journeyboard.identity', JSON.stringify({ id: 'ada', name: 'Ada', color: '#2563eb' })));
  await openAsOwner(page, board, server.output);
  await expectConnected(page);
  // Folded by default on a laptop's screen: shown here, so that dialogs are tried over it.
  await page.getByRole('button', { name: 'Minimap' }).click();

  const overlays = {
    toolbar: page.getByRole('group', { name: 'Map tools' }),
    highlight: page.getByRole('search', { name: 'Highlight cards' }),
    minimap: page.locator('.minimap'),
    palette: page.getByRole('complementary', { name: 'Palette' }),
    notice: page.locator('.notice__text'),
  };
  // A card dropped where no cell is: the notice says why, for a few seconds.
  const showNotice = async () => {
    await page.getByRole('button', { name: /^Card: / }).dragTo(page.locator('.react-flow__pane'), { targetPosition: { x: 12, y: 12 } });
    await expect(overlays.notice).toHaveText('Drop a card into a cell of the map.');
  };
  const editors: Opener[] = [
    {
      name: 'card editor',
      async open() {
        await page.evaluate((id) => (window.location.hash = `card=${id}`), cardId);
        return page.getByRole('dialog');
      },
    },
    {
      name: 'stage editor',
      async open() {
        await page.getByLabel(/^Stage 1: Awareness/).hover();
        await page.getByRole('button', { name: 'Edit stage Awareness' }).click();
        return page.getByRole('dialog');
      },
    },
  ];
  for (const opener of [...HEADER_DIALOGS, SHORTCUTS, ...editors]) await expectOnTop(page, opener, overlays, showNotice);
});

test('guided mode covers the strategy canvas and the header', async ({ page, server }) => {
  const board = await createBoard(page.request);
  const seed = await connectSeedClient(server.url, board.id, board.tokens.owner);
  try {
    for (const text of ['Find a reputable retailer', 'Compare models', 'Plan the layout of the house']) addStrategyItem(seed.ctx, 'needsPre', text);
  } finally {
    seed.destroy();
  }
  await page.addInitScript(() => localStorage.setItem('journeyboard.identity', JSON.stringify({ id: 'ada', name: 'Ada', color: '#2563eb' })));
  await page.goto(linkPath(board.id, board.tokens.edit).replace('#', '/strategy#'));
  await expectConnected(page);
  const overlays = {
    header: page.locator('.board-header'),
    bar: page.locator('.strategy__bar'),
    section: page.getByRole('region', { name: '2. Needs · Pre-Sales' }),
  };
  await expectOnTop(page, {
    name: 'guided mode',
    async open() {
      await page.getByRole('button', { name: 'Guided mode' }).click();
      return page.getByRole('dialog');
    },
  }, overlays);
});
