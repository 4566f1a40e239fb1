import { describe, expect, it } from 'vitest';
import { translatorFor } from '../i18n/index.ts';
import { MAX_MEASURE_ROWS, parseDelimited, readMeasuresTable } from './measuresImport.ts';

const board = { stages: [{ id: 's1', title: 'Research' }, { id: 's2', title: 'Checkout' }, { id: 's3', title: 'Aftercare' }, { id: 's4', title: 'aftercare ' }] } as never;
const en = translatorFor('en');

describe('readMeasuresTable', () => {
  it('reads a CSV with a header, its columns in any order, and names each bad row with why', () => {
    const csv = [
      'Measure,Stage,Target,Value,Unit',
      'NPS,Research,40,32,pts',
      'Conversion,checkout ,3.5,"2,5",%',
      'CES,Delivery,5,4,',
      ',Checkout,1,1,',
      'FCR,Checkout,80,lots,%',
      '',
      'Warranty follow-up,Aftercare,1,1,',
      'Repeat orders,Checkout,,12,',
    ].join('\r\n');
    const { rows, errors } = readMeasuresTable(csv, board, en);
    expect(rows).toEqual([
      { row: 2, stageId: 's1', stageTitle: 'Research', name: 'NPS', value: 32, target: 40, unit: 'pts' },
      { row: 3, stageId: 's2', stageTitle: 'Checkout', name: 'Conversion', value: 2.5, target: 3.5, unit: '%' },
      { row: 9, stageId: 's2', stageTitle: 'Checkout', name: 'Repeat orders', value: 12, target: null, unit: '' },
    ]);
    expect(errors).toEqual([
      { row: 4, message: 'No stage of the map is called “Delivery”.' },
      { row: 5, message: 'No measure is named.' },
      { row: 6, message: 'The value “lots” is not a number.' },
      { row: 8, message: 'Two stages of the map are called “Aftercare”: rename one.' },
    ]);
  });

  it('reads rows pasted from a spreadsheet, without a header, as stage, measure, value, target, unit', () => {
    const { rows, errors } = readMeasuresTable('Research\tNPS\t32\t40\nCheckout\tConversion\t2.1%\t3%\t%\n', board, en);
    expect(errors).toEqual([]);
    expect(rows.map((r) => [r.row, r.stageId, r.name, r.value, r.target, r.unit])).toEqual([
      [1, 's1', 'NPS', 32, 40, ''],
      [2, 's2', 'Conversion', 2.1, 3, '%'],
    ]);
  });

  it('reads a semicolon CSV with decimal commas, and a Chinese header', () => {
    const { rows } = readMeasuresTable('阶段;指标;数值;目标\nResearch;NPS;4,5;5\n', board, translatorFor('zh'));
    expect(rows.map((r) => [r.name, r.value, r.target])).toEqual([['NPS', 4.5, 5]]);
    expect(readMeasuresTable('阶段;指标;数值\nMars;NPS;1\n', board, translatorFor('zh')).errors).toEqual([{ row: 2, message: '地图上没有名为“Mars”的阶段。' }]);
  });

  it('refuses a header without a stage or a measure column, and reads no more than its most rows', () => {
    expect(readMeasuresTable('Value,Target\n1,2\n', board, en).errors[0]!.row).toBe(1);
    const many = Array.from({ length: MAX_MEASURE_ROWS + 5 }, (_, i) => `Research,M${i},1,2`).join('\n');
    const { rows, errors } = readMeasuresTable(many, board, en);
    expect(rows).toHaveLength(MAX_MEASURE_ROWS);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.row).toBe(MAX_MEASURE_ROWS + 1);
    expect(errors[0]!.message).toMatch(/^Only the first 1,?000 rows are read/);
  });

  it('says back a long hostile cell cut short', () => {
    const { errors } = readMeasuresTable(`${'x'.repeat(100_000)},NPS,1,2`, board, en);
    expect(errors[0]!.message.length).toBeLessThan(120);
  });
});

describe('parseDelimited', () => {
  it('keeps separators, doubled quotes and line breaks inside a quoted cell', () => {
    expect(parseDelimited('a,"b, ""c""\nd",e\r\nf,g')).toEqual([
      ['a', 'b, "c"\nd', 'e'],
      ['f', 'g'],
    ]);
  });
});
