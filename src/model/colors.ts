import { z } from 'zod';

/**
 * Colours are stored as names, never hex: the canvas, the PDF and the PNG each map a name to
 * their own token, so a board stays within one calm palette whatever its authors pick.
 */
export const COLOR_NAMES = ['slate', 'blue', 'teal', 'green', 'amber', 'orange', 'red', 'pink', 'violet'] as const;
export type ColorName = (typeof COLOR_NAMES)[number];
export const ColorSchema = z.enum(COLOR_NAMES);

export function isColorName(value: unknown): value is ColorName {
  return typeof value === 'string' && (COLOR_NAMES as readonly string[]).includes(value);
}
