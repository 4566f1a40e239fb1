import { describe, expect, it } from 'vitest';
import type { Lane, Stage } from '../../model/index.ts';
import { translatorFor } from '../../i18n/index.ts';
import { cardPlacement } from './placement.ts';

const t = translatorFor('en');

const stages: Stage[] = [
  { id: 's1', order: 'a0', title: 'Quotation and Agreement', window: '', description: '', color: 'slate' },
  { id: 's2', order: 'a1', title: '  ', window: '', description: '', color: 'slate' },
];
const lanes: Lane[] = [{ id: 'l1', order: 'a0', kind: 'painPoints', title: '', color: 'slate', scores: {}, personaId: null, curve: 'asIs' }];

describe('cardPlacement', () => {
  it('names the stage and lane, falling back to the lane kind and "Untitled stage"', () => {
    expect(cardPlacement({ stages, lanes }, { stageId: 's1', laneId: 'l1' }, t)).toEqual({ stage: 'Quotation and Agreement', lane: 'Pain points' });
    expect(cardPlacement({ stages, lanes }, { stageId: 's2', laneId: 'l1' }, t).stage).toBe('Untitled stage');
    expect(cardPlacement({ stages, lanes }, { stageId: 's2', laneId: 'l1' }, translatorFor('zh'))).toEqual({ stage: '未命名阶段', lane: '痛点' });
  });

  it('gives null for a stage or lane that was deleted', () => {
    expect(cardPlacement({ stages, lanes }, { stageId: 'gone', laneId: 'l1' }, t)).toEqual({ stage: null, lane: 'Pain points' });
  });
});
