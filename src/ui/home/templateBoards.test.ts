import { describe, expect, it } from 'vitest';
import { BUILT_IN_TEMPLATES } from '../../templates/catalog.ts';
import { blankInLocale, templateBoard } from './templateBoards.ts';

const fileOf = (id: string) => BUILT_IN_TEMPLATES.find((t) => t.id === id)!.load();

describe('blankInLocale', () => {
  it("starts a blank map in the chooser's language, named in it", async () => {
    const text = await fileOf('blank-journey-map');
    expect(templateBoard(blankInLocale(text, 'zh')).meta).toMatchObject({ locale: 'zh', title: '未命名看板' });
    expect(templateBoard(blankInLocale(text, 'en')).meta).toMatchObject({ locale: 'en', title: 'Untitled board' });
  });

  it("keeps a blank template's own title and takes the language", async () => {
    const text = await fileOf('strategy-canvas-blank');
    expect(templateBoard(blankInLocale(text, 'zh')).meta).toMatchObject({ locale: 'zh', title: 'Customer Experience Strategy Canvas' });
  });
});
