import type { CSSProperties } from 'react';
import { EMOTION_VARIABLES } from './emotionFace.ts';
import { LANE_VARIABLES } from './laneLook.ts';
import { GEOMETRY_VARIABLES } from './metrics.ts';

/**
 * What the canvas's stylesheets draw with, written from the modules the layout, the sheet and
 * the picture read (metrics.ts, laneLook.ts, emotionFace.ts): set once on the canvas's root.
 */
export const CANVAS_VARIABLES = { ...GEOMETRY_VARIABLES, ...LANE_VARIABLES, ...EMOTION_VARIABLES } as CSSProperties;
