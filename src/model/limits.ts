/** Sizes past which text is cut, so a huge paste cannot bloat every client's document. */
export const LIMITS = {
  title: 200,
  shortText: 500,
  longText: 20_000,
  tags: 20,
  tag: 40,
  link: 2_000,
  /** A person's display name. */
  name: 40,
} as const;

export function clip(text: string, max: number): string {
  return text.length > max ? text.slice(0, max) : text;
}
