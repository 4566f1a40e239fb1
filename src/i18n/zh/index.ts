import type { Catalogue } from '../catalogue.ts';
import { common } from './common.ts';
import { model } from './model.ts';
import { report } from './report.ts';
import { exporting } from './export.ts';

/** Simplified Chinese, area by area as in English. */
export const zh: Catalogue = {
  ...common,
  ...model,
  ...report,
  ...exporting,
};
