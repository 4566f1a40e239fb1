import { LIMITS, clip } from '../../model/index.ts';

/**
 * What was typed into the tag box, split at commas into finished tags and the unfinished rest.
 * `finished` (Enter, leaving the box) makes the rest a tag too. A leading "#" is dropped, since
 * cards already show tags with one.
 */
export function splitTagInput(input: string, finished = false): { tags: string[]; rest: string } {
  const parts = input.split(',');
  const rest = finished ? '' : (parts.pop() ?? '').trimStart();
  const tags = parts.map((part) => part.trim().replace(/^#+/, '').trim()).filter(Boolean);
  return { tags, rest };
}

/** The card's tags with `added` appended: cut to size, without repeats (ignoring case), at most LIMITS.tags. */
export function addTags(existing: readonly string[], added: readonly string[]): string[] {
  const next = [...existing];
  const seen = new Set(existing.map((t) => t.toLowerCase()));
  for (const raw of added) {
    const tag = clip(raw.trim(), LIMITS.tag).trim();
    if (!tag || seen.has(tag.toLowerCase())) continue;
    if (next.length >= LIMITS.tags) break;
    seen.add(tag.toLowerCase());
    next.push(tag);
  }
  return next;
}

export function removeTag(existing: readonly string[], tag: string): string[] {
  return existing.filter((t) => t !== tag);
}
