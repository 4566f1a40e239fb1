import type { Catalogue } from './en.ts';

/** Simplified Chinese. Same ids as the English catalogue; the type checker holds them in step. */
export const zh: Catalogue = {
  'language.label': '语言',
  'language.switch': '界面语言',
};
