/** The character ranges drawn about twice as wide as a Latin letter (CJK, Hangul, full-width). */
export const WIDE_RANGES = '\\u1100-\\u115f\\u2e80-\\ua4cf\\uac00-\\ud7a3\\uf900-\\ufaff\\ufe30-\\ufe4f\\uff00-\\uff60\\uffe0-\\uffe6';

/**
 * Text split into what may be wrapped separately: runs of spaces, single wide characters (a
 * line may break between any two), and runs of other characters (words).
 */
export const WRAP_TOKENS = new RegExp(`\\s+|[${WIDE_RANGES}]|[^\\s${WIDE_RANGES}]+`, 'g');

export const WIDE_CHAR = new RegExp(`[${WIDE_RANGES}]`);
