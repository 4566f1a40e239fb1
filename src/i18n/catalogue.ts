import { canvas } from './en/canvas.ts';
import { common } from './en/common.ts';
import { lanes } from './en/lanes.ts';
import { model } from './en/model.ts';
import { board } from './en/board.ts';
import { strategy } from './en/strategy.ts';
import { app } from './en/app.ts';
import { errors } from './en/errors.ts';
import { home } from './en/home.ts';
import { share } from './en/share.ts';
import { report } from './en/report.ts';
import { exporting } from './en/export.ts';
import { workshop } from './en/workshop.ts';
import { comments } from './en/comments.ts';
import { timer } from './en/timer.ts';
import { present } from './en/present.ts';
import { phone } from './en/phone.ts';
import { voting } from './en/voting.ts';
import { history } from './en/history.ts';
import { measures } from './en/measures.ts';
import { opportunities } from './en/opportunities.ts';
import { personas } from './en/personas.ts';

/**
 * The English catalogue, in the ICU message format: `{name}` for a value, `{count, plural, …}`
 * for counts. It is split by area of the app (en/*.ts); every other language has one file per
 * area with the same ids (zh/*.ts), which the type checker holds in step.
 */
export const en = {
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
} as const;

export type MessageId = keyof typeof en;
export type Catalogue = Record<MessageId, string>;
/** Another language's file for one area: the same ids as the English one. */
export type Area<English> = Record<keyof English, string>;
