import { describe, expect, it } from 'vitest';
import { routeOf } from './router.ts';

describe('routeOf', () => {
  it('maps paths to pages', () => {
    expect(routeOf('/')).toEqual({ page: 'home' });
    expect(routeOf('/b/abc123def456ghij')).toEqual({ page: 'board', boardId: 'abc123def456ghij' });
    expect(routeOf('/b/abc/')).toEqual({ page: 'board', boardId: 'abc' });
    expect(routeOf('/b/a/b')).toEqual({ page: 'notFound' });
    expect(routeOf('/elsewhere')).toEqual({ page: 'notFound' });
  });
});
