import { voterIdOf } from '../model/voter.ts';
import { ownFacilitatorKey } from './facilitatorKey.ts';

let known: { key: string; voter: string } | null = null;

/**
 * Whose dots this browser places: the voter id of the key it connects with (model/voter.ts),
 * which the server computes from the same key, so it takes back only this browser's dots.
 */
export function ownVoterId(): string {
  const { key } = ownFacilitatorKey();
  if (known?.key !== key) known = { key, voter: voterIdOf(key) };
  return known.voter;
}
