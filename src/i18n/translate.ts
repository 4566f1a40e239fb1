import { IntlMessageFormat, type PrimitiveType } from 'intl-messageformat';
import type { Locale } from './locale.ts';
import { en, type Catalogue, type MessageId } from './catalogue.ts';
import { zh } from './zh/index.ts';

export type { MessageId } from './catalogue.ts';
export type MessageValues = Record<string, PrimitiveType>;
export type Translate = (id: MessageId, values?: MessageValues) => string;

const CATALOGUES: Record<Locale, Catalogue> = { en, zh };
const LANGUAGE_TAGS: Record<Locale, string> = { en: 'en', zh: 'zh-Hans' };

// A parsed message is reused: parsing is the costly part, and lists format the same message often.
const parsed = new Map<string, IntlMessageFormat>();

function compiled(locale: Locale, id: MessageId): IntlMessageFormat {
  const key = `${locale}\u0000${id}`;
  let format = parsed.get(key);
  if (format === undefined) {
    format = new IntlMessageFormat(CATALOGUES[locale][id], LANGUAGE_TAGS[locale], undefined, { ignoreTag: true });
    parsed.set(key, format);
  }
  return format;
}

/** One message in one language, its values filled in. */
export function translate(locale: Locale, id: MessageId, values?: MessageValues): string {
  return String(compiled(locale, id).format(values));
}

/** A translate function bound to one language (the report's, or the interface's). */
export function translatorFor(locale: Locale): Translate {
  return (id, values) => translate(locale, id, values);
}
