export * from './csv.ts';
export * from './format.ts';
export * from './read.ts';
export * from './toDoc.ts';
