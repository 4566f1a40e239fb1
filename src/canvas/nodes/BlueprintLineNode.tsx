import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useT } from '../../browser/i18n.tsx';
import type { BlueprintLineNodeData, JourneyNode } from '../layout.ts';
import { blueprintLineLabel } from '../blueprintLabel.ts';

type Props = NodeProps<Extract<JourneyNode, { type: 'blueprintLine' }>>;

/**
 * A service blueprint's line across the whole map, named at its start: solid for the line of
 * interaction, dashed for visibility, dotted for internal interaction, as blueprints draw them.
 */
export const BlueprintLineNode = memo(function BlueprintLineNode({ data }: Props) {
  const t = useT();
  const { lines } = data as BlueprintLineNodeData;
  const label = blueprintLineLabel(lines, t);
  return (
    <div className={`blueprint-line blueprint-line--${lines.at(-1)}`} role="separator" aria-label={label} data-lines={lines.join(' ')}>
      <span className="blueprint-line__label">{label}</span>
    </div>
  );
});
