import type { Catalogue } from '../catalogue.ts';
import { common } from './common.ts';
import { lanes } from './lanes.ts';
import { model } from './model.ts';

/** Simplified Chinese, area by area as in English. */
export const zh: Catalogue = {
  ...common,
  ...model,
  ...lanes,
};
