import { LIMITS, META, clip } from '../../model/index.ts';
import { transact, type EditContext } from '../context.ts';
import { metaMap } from '../layout.ts';
import { replaceText, textField } from '../text.ts';

/** The board's title, as one line: edited where it changed, so others' typing in it is kept. */
export function setBoardTitle(ctx: EditContext, title: string): void {
  const clean = clip(title.replace(/\s+/g, ' ').trim(), LIMITS.title);
  transact(ctx, () => replaceText(textField(metaMap(ctx.doc), 'title'), clean));
}

/** The title as it is being typed into the header: every keystroke, as one line. */
export function typeBoardTitle(ctx: EditContext, title: string): void {
  const clean = META.fields.title.coerce(title.replace(/[\r\n]+/g, ' ')) ?? '';
  ctx.doc.transact(() => replaceText(textField(metaMap(ctx.doc), 'title'), clean), ctx.typingOrigin);
}

export function setPersona(ctx: EditContext, persona: string): void {
  transact(ctx, () => metaMap(ctx.doc).set('persona', META.fields.persona.coerce(persona) ?? ''));
}

export function setLocale(ctx: EditContext, locale: string): void {
  transact(ctx, () => metaMap(ctx.doc).set('locale', META.fields.locale.coerce(locale) ?? 'en'));
}
