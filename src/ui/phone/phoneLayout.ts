import { useCallback, useSyncExternalStore } from 'react';

/*
 * Which screen a board opens as: the canvas, or the phone's simple screen. A phone is a touch
 * screen (a coarse primary pointer) whose shorter side is narrow: held upright it is under 600
 * CSS px wide, turned sideways under 600 px tall. A tablet (768 px and up either way) and a
 * laptop with a touch screen (its primary pointer is fine) keep the canvas.
 *
 * Someone on a phone may still want the whole map; that choice is kept in this browser until
 * they switch back.
 */

export const PHONE_QUERY = '(pointer: coarse) and (max-width: 600px), (pointer: coarse) and (max-height: 600px)';

/** What this browser asked for on a phone-sized screen; absent, the screen decides. */
export type LayoutChoice = 'full' | 'phone';

const KEY = 'journeyboard.layout';

/** The phone's screen where the screen is a phone's, unless this browser asked for the full board. */
export function showsPhoneScreen(phoneSized: boolean, choice: LayoutChoice | null): boolean {
  return phoneSized && choice !== 'full';
}

export function readLayoutChoice(storage: Pick<Storage, 'getItem'> | null): LayoutChoice | null {
  try {
    return storage?.getItem(KEY) === 'full' ? 'full' : null;
  } catch {
    // Storage blocked: the screen decides, every time.
    return null;
  }
}

export function writeLayoutChoice(storage: Pick<Storage, 'setItem' | 'removeItem'> | null, choice: LayoutChoice): void {
  try {
    // Only the exception is kept: a browser that switches back follows its screen again.
    if (choice === 'full') storage?.setItem(KEY, 'full');
    else storage?.removeItem(KEY);
  } catch {
    // Storage blocked: the choice lasts as long as the page.
  }
}

function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** Listeners of the choice made in this page, so every part of it reads the same one. */
const listeners = new Set<() => void>();
let pageChoice: LayoutChoice | null | undefined;

function subscribeChoice(onChange: () => void): () => void {
  listeners.add(onChange);
  return () => listeners.delete(onChange);
}

function currentChoice(): LayoutChoice | null {
  if (pageChoice === undefined) pageChoice = readLayoutChoice(browserStorage());
  return pageChoice;
}

function subscribeScreen(onChange: () => void): () => void {
  // A phone turned sideways and back, or a window resized across the line.
  const query = window.matchMedia(PHONE_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

export interface PhoneLayout {
  /** This screen is a phone's: the switch between the two screens is offered. */
  phoneSized: boolean;
  /** The phone's screen is shown. */
  phone: boolean;
  choose(choice: LayoutChoice): void;
}

export function usePhoneLayout(): PhoneLayout {
  const phoneSized = useSyncExternalStore(subscribeScreen, () => window.matchMedia(PHONE_QUERY).matches);
  const choice = useSyncExternalStore(subscribeChoice, currentChoice);
  const choose = useCallback((next: LayoutChoice) => {
    writeLayoutChoice(browserStorage(), next);
    pageChoice = next === 'full' ? 'full' : null;
    for (const listener of listeners) listener();
  }, []);
  return { phoneSized, phone: showsPhoneScreen(phoneSized, choice), choose };
}
