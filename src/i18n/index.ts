export * from './locale.ts';
export * from './translate.ts';
