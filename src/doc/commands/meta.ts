import { LIMITS, clip } from '../../model/index.ts';
import { transact, type EditContext } from '../context.ts';
import { metaMap } from '../layout.ts';

export function setBoardTitle(ctx: EditContext, title: string): void {
  const clean = clip(title.replace(/\s+/g, ' ').trim(), LIMITS.title);
  transact(ctx, () => metaMap(ctx.doc).set('title', clean));
}

export function setPersona(ctx: EditContext, persona: string): void {
  transact(ctx, () => metaMap(ctx.doc).set('persona', clip(persona, LIMITS.shortText)));
}

export function setLocale(ctx: EditContext, locale: string): void {
  transact(ctx, () => metaMap(ctx.doc).set('locale', clip(locale, 35)));
}
