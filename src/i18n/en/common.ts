/** Words used across the app: the language switch, shared buttons. */
export const common = {
  'language.label': 'Language',
  'language.switch': 'Interface language',
  'common.close': 'Close',
  'common.cancel': 'Cancel',
} as const;
