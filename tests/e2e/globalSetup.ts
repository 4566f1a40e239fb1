import { buildIfStale } from '../../scripts/build-if-stale.mjs';

/** Every spec runs against the built app served by the real server, so build it once first. */
export default function globalSetup(): void {
  buildIfStale();
}
