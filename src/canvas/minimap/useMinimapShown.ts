import { useRememberedShown } from '../rememberedShown.ts';

/**
 * A screen with room to spare (a 1920x1080 projector) shows the minimap from the start; on a
 * laptop (1280x720, 1440x900) it would cover lane headers and cells at the map's edges, so it
 * starts folded there. Either way the person's own choice is kept.
 */
const roomy = () => window.innerWidth >= 1600 && window.innerHeight >= 900;

export const useMinimapShown = () => useRememberedShown('journeyboard.minimap', roomy);
