/*
 * The presenter's screen goes full screen where the browser allows it (a click asked for it);
 * where it does not, the presentation still fills the window. Leaving full screen (the
 * browser's own Escape) ends the presentation, as Escape does.
 */

export function enterFullScreen(): void {
  const root = document.documentElement;
  if (document.fullscreenElement || typeof root.requestFullscreen !== 'function') return;
  root.requestFullscreen().catch(() => {
    // Refused (no user gesture, a frame without permission): the window-filling view stands in.
  });
}

export function leaveFullScreen(): void {
  if (document.fullscreenElement) document.exitFullscreen().catch(() => {});
}

/** Calls `onLeft` when the page leaves full screen it had entered. */
export function onFullScreenLeft(onLeft: () => void): () => void {
  const changed = () => {
    if (!document.fullscreenElement) onLeft();
  };
  document.addEventListener('fullscreenchange', changed);
  return () => document.removeEventListener('fullscreenchange', changed);
}
