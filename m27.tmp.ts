import * as Y from 'yjs';
import { addCard, addLane, addStage, createEditContext, docToBoard, importMeasures, updateCard } from './src/doc/index.ts';
import { readMeasuresTable } from './src/file/measuresImport.ts';
import { translatorFor } from './src/i18n/index.ts';
import { rankedOpportunities } from './src/model/index.ts';
import { layoutJourney } from './src/canvas/layout.ts';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const time = (f: () => void, runs = 15) => median(Array.from({ length: runs }, () => { const t = performance.now(); f(); return performance.now() - t; }));

const doc = new Y.Doc();
const ctx = createEditContext(doc, 'm');
const stages = Array.from({ length: 20 }, (_, i) => addStage(ctx, { title: `Stage ${i + 1}` }));
const board = docToBoard(doc);
const rows = ['Stage\tMeasure\tValue\tTarget\tUnit', ...Array.from({ length: 1000 }, (_, i) => `Stage ${(i % 20) + 1}\tMeasure ${i}\t${(i * 1.37).toFixed(2)}\t${i}\t%`)].join('\n');
const t = translatorFor('en');
console.log('read 1,000 pasted rows: median ms', time(() => readMeasuresTable(rows, board, t)).toFixed(2), 'bytes', rows.length);
const table = readMeasuresTable(rows, board, t);
let bytes = 0;
doc.on('update', (u: Uint8Array) => (bytes += u.length));
const t0 = performance.now();
const done = importMeasures(ctx, table.rows);
console.log('import 1,000 rows as one change:', (performance.now() - t0).toFixed(1), 'ms', bytes, 'bytes', done);
bytes = 0;
const again = performance.now();
console.log('the same 1,000 rows again (all updates):', importMeasures(ctx, table.rows), (performance.now() - again).toFixed(1), 'ms', bytes, 'bytes');

const lane = addLane(ctx, { kind: 'opportunities' });
for (let i = 0; i < 2000; i++) updateCard(ctx, addCard(ctx, { stageId: stages[i % 20]!, laneId: lane, title: `Idea ${i}` }), { impact: (i % 5) + 1, effort: ((i * 3) % 5) + 1 });
for (const kind of ['frontstage', 'backstage', 'support'] as const) addLane(ctx, { kind });
const big = docToBoard(doc);
console.log('rank 2,000 opportunities: median ms', time(() => rankedOpportunities(big)).toFixed(2));
console.log('layout of', big.cards.length, 'cards, 20 stages, measures, opportunities and blueprint lanes: median ms', time(() => layoutJourney(big), 9).toFixed(1));
