import type { Catalogue } from '../catalogue.ts';
import { canvas } from './canvas.ts';
import { common } from './common.ts';
import { lanes } from './lanes.ts';
import { model } from './model.ts';
import { board } from './board.ts';
import { strategy } from './strategy.ts';
import { app } from './app.ts';
import { errors } from './errors.ts';
import { home } from './home.ts';
import { share } from './share.ts';
import { report } from './report.ts';
import { exporting } from './export.ts';
import { workshop } from './workshop.ts';
import { comments } from './comments.ts';
import { timer } from './timer.ts';
import { present } from './present.ts';
import { phone } from './phone.ts';
import { voting } from './voting.ts';
import { history } from './history.ts';
import { measures } from './measures.ts';
import { opportunities } from './opportunities.ts';
import { personas } from './personas.ts';

/** Simplified Chinese, area by area as in English. */
export const zh: Catalogue = {
  ...common,
  ...model,
  ...board,
  ...strategy,
  ...canvas,
  ...app,
  ...home,
  ...share,
  ...errors,
  ...report,
  ...exporting,
  ...lanes,
  ...workshop,
  ...comments,
  ...timer,
  ...present,
  ...phone,
  ...voting,
  ...history,
  ...measures,
  ...opportunities,
  ...personas,
};
