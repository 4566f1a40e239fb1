import { describe, expect, it } from 'vitest';
import { boardPath, routeOf } from './router.ts';

describe('routeOf', () => {
  it('maps paths to pages', () => {
    expect(routeOf('/')).toEqual({ page: 'home' });
    expect(routeOf('/b/abc123def456ghij')).toEqual({ page: 'board', boardId: 'abc123def456ghij', view: 'map' });
    expect(routeOf('/b/abc/')).toEqual({ page: 'board', boardId: 'abc', view: 'map' });
    expect(routeOf('/b/abc/strategy')).toEqual({ page: 'board', boardId: 'abc', view: 'strategy' });
    expect(routeOf('/b/a/b')).toEqual({ page: 'notFound' });
    expect(routeOf('/elsewhere')).toEqual({ page: 'notFound' });
  });

  it('builds the path of each view of a board, and reads it back', () => {
    for (const view of ['map', 'strategy'] as const) {
      expect(routeOf(boardPath('a b/c', view))).toEqual({ page: 'board', boardId: 'a b/c', view });
    }
  });
});
