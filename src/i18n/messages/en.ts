/**
 * The English catalogue, in the ICU message format: `{name}` for a value, `{count, plural, …}`
 * for counts. Ids are grouped by where the text shows. Every other catalogue has these ids.
 */
export const en = {
  'language.label': 'Language',
  'language.switch': 'Interface language',
} as const;

export type MessageId = keyof typeof en;
export type Catalogue = Record<MessageId, string>;
