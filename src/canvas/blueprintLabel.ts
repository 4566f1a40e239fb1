import type { Translate } from '../i18n/index.ts';
import type { BlueprintLine } from '../model/index.ts';

/** A blueprint line's name; lines crossed at once are named together ("Line of interaction · Line of visibility"). */
export function blueprintLineLabel(lines: readonly BlueprintLine[], t: Translate): string {
  return lines.map((line) => t(`blueprint.line.${line}`)).join(' · ');
}
