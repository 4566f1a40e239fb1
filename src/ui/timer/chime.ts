/*
 * The timer's optional chime: a short, soft two-note tone drawn with Web Audio (no sound file to
 * fetch), off unless this person turns it on, a preference kept in this browser only.
 */

const CHIME_KEY = 'journeyboard:timerChime';

export function chimeWanted(storage: Storage = localStorage): boolean {
  try {
    return storage.getItem(CHIME_KEY) === 'on';
  } catch {
    return false;
  }
}

export function setChimeWanted(on: boolean, storage: Storage = localStorage): void {
  try {
    if (on) storage.setItem(CHIME_KEY, 'on');
    else storage.removeItem(CHIME_KEY);
  } catch {
    // A browser that keeps nothing still chimes for as long as the page is open.
  }
}

let context: AudioContext | null = null;

/**
 * Made (or resumed) while handling the click that turns the chime on: browsers let a page play
 * sound only after a person has interacted with it.
 */
export function prepareChime(): void {
  if (typeof AudioContext === 'undefined') return;
  context ??= new AudioContext();
  if (context.state === 'suspended') void context.resume();
}

/** Two sine notes, a fifth apart, each fading in and out over about a second. */
export function playChime(): void {
  prepareChime();
  if (!context) return;
  const start = context.currentTime + 0.02;
  for (const [i, frequency] of [659.25, 987.77].entries()) {
    const at = start + i * 0.22;
    const tone = context.createOscillator();
    const gain = context.createGain();
    tone.type = 'sine';
    tone.frequency.value = frequency;
    gain.gain.setValueAtTime(0, at);
    gain.gain.linearRampToValueAtTime(0.16, at + 0.03);
    gain.gain.exponentialRampToValueAtTime(0.0001, at + 1.1);
    tone.connect(gain).connect(context.destination);
    tone.start(at);
    tone.stop(at + 1.15);
  }
}
