import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addStrategyItem, createEditContext, docToBoard, moveStrategyItem } from '../doc/index.ts';
import { channelOptions } from '../canvas/editor/channels.ts';
import { dropIndex, itemsBySection } from '../model/strategyItems.ts';

describe('itemsBySection', () => {
  it('groups a board’s items by section, each in its order, across moves', () => {
    const doc = new Y.Doc();
    const ctx = createEditContext(doc, 'test');
    const email = addStrategyItem(ctx, 'channels', 'Email')!;
    addStrategyItem(ctx, 'who', 'Households');
    addStrategyItem(ctx, 'channels', 'Phone');
    addStrategyItem(ctx, 'channels', 'Chat', 0);
    moveStrategyItem(ctx, email, 'channels', 2);
    const bySection = itemsBySection(docToBoard(doc).strategy);
    expect(bySection.get('channels')!.map((i) => i.text)).toEqual(['Chat', 'Phone', 'Email']);
    expect(bySection.get('who')!.map((i) => i.text)).toEqual(['Households']);
    expect(bySection.has('culture')).toBe(false);
  });
});

describe('the channel link', () => {
  it('offers a card the Channels section’s items, in their order, and nothing from other sections', () => {
    const doc = new Y.Doc();
    const ctx = createEditContext(doc, 'test');
    addStrategyItem(ctx, 'channels', 'Retail stores');
    addStrategyItem(ctx, 'channels', 'Live chat', 0);
    addStrategyItem(ctx, 'interactionPreferences', 'Email if need to return');
    const options = channelOptions(docToBoard(doc), '');
    expect(options.map((o) => o.label)).toEqual(['No channel', 'Live chat', 'Retail stores']);
  });

  it('follows an item moved out of the Channels section', () => {
    const doc = new Y.Doc();
    const ctx = createEditContext(doc, 'test');
    const chat = addStrategyItem(ctx, 'channels', 'Live chat')!;
    moveStrategyItem(ctx, chat, 'serviceModel', 0);
    expect(channelOptions(docToBoard(doc), '').map((o) => o.value)).toEqual(['']);
  });
});

describe('dropIndex', () => {
  it('lands before the first row whose middle is below the pointer', () => {
    const middles = [10, 30, 50];
    expect(dropIndex(0, middles)).toBe(0);
    expect(dropIndex(9, middles)).toBe(0);
    expect(dropIndex(11, middles)).toBe(1);
    expect(dropIndex(49, middles)).toBe(2);
    expect(dropIndex(51, middles)).toBe(3);
    expect(dropIndex(5, [])).toBe(0);
  });
});
