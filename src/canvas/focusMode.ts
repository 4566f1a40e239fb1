import { useRememberedShown } from './rememberedShown.ts';

/**
 * Focus mode: the map without the palette, the filter bar and the minimap, for a person who
 * wants to read or show it. This browser's own choice, kept like the minimap's, never shared.
 */
export const useFocusMode = () => useRememberedShown('journeyboard.focus', () => false);
