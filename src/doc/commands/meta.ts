import { asLocale, translatorFor } from '../../i18n/index.ts';
import { LIMITS, META, clip } from '../../model/index.ts';
import { transact, typeText, type EditContext } from '../context.ts';
import { metaMap } from '../layout.ts';
import { replaceText, textField } from '../text.ts';

/** The board's title, as one line: edited where it changed, so others' typing in it is kept. */
export function setBoardTitle(ctx: EditContext, title: string): void {
  // Renaming is the owner's (the server refuses it from any other link).
  transact(ctx, () => replaceText(textField(metaMap(ctx.doc), 'title'), tidyTitle(title)), 'owner');
}

/** The title as it is being typed into the header: every keystroke, as one line. */
export function typeBoardTitle(ctx: EditContext, title: string): void {
  const clean = META.fields.title.coerce(title.replace(/[\r\n]+/g, ' ')) ?? '';
  typeText(ctx, () => replaceText(textField(metaMap(ctx.doc), 'title'), clean), 'owner');
}

/**
 * The title once someone has stopped typing into it: whitespace folded and trimmed, and the
 * default title, in the board's language, if nothing is left, as a board is never listed without
 * a name. Under the typing origin, so it joins the typing's undo step when it follows straight
 * after.
 */
export function tidyBoardTitle(ctx: EditContext): void {
  typeText(ctx, () => {
    const meta = metaMap(ctx.doc);
    const text = textField(meta, 'title');
    replaceText(text, tidyTitle(text.toString()) || translatorFor(asLocale(String(meta.get('locale') ?? 'en')))('board.header.untitled'));
  }, 'owner');
}

function tidyTitle(title: string): string {
  return clip(title.replace(/\s+/g, ' ').trim(), LIMITS.title);
}

export function setPersona(ctx: EditContext, persona: string): void {
  transact(ctx, () => metaMap(ctx.doc).set('persona', META.fields.persona.coerce(persona) ?? ''));
}

export function setLocale(ctx: EditContext, locale: string): void {
  transact(ctx, () => metaMap(ctx.doc).set('locale', META.fields.locale.coerce(locale) ?? 'en'));
}
