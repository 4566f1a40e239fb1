import { allows, type Role } from './roles.ts';
import type { WorkshopSession } from './session.ts';

/*
 * The shared workshop timer's arithmetic, pure: what it shows at a moment of the server's clock,
 * and what each control writes. Every time here is the server's (src/collab/serverClock.ts).
 *
 * The document holds whatever any client wrote over the socket, so a reading never trusts it:
 * a negative, missing or absurd value is clamped into what a timer can be, and the display
 * never shows more than the longest timer one can set.
 */

export const TIMER_MIN_MS = 1_000;
export const TIMER_MAX_MS = 3 * 60 * 60_000;
export const TIMER_MINUTE_MS = 60_000;
/** The lengths offered with one click, in minutes. */
export const TIMER_PRESET_MINUTES = [1, 3, 5, 10, 15] as const;

export type TimerFields = Pick<WorkshopSession, 'timerEndsAt' | 'timerPausedMs' | 'timerLengthMs'>;

export type TimerReading =
  | { state: 'idle' }
  /** Counting down, or at zero ("Time's up") until someone stops or extends it. */
  | { state: 'running' | 'ended'; endsAt: number; remainingMs: number; lengthMs: number }
  | { state: 'paused'; remainingMs: number; lengthMs: number };

export type TimerState = TimerReading['state'];

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** A length one may set: a finite number of milliseconds from one second to three hours. */
export function isTimerLength(ms: number): boolean {
  return Number.isFinite(ms) && ms >= TIMER_MIN_MS && ms <= TIMER_MAX_MS;
}

/** The length of the ring: the one stored if it is usable and not less than what is left, else what is left. */
function lengthFor(stored: number | null, remainingMs: number): number {
  const length = stored !== null && Number.isFinite(stored) ? clamp(stored, TIMER_MIN_MS, TIMER_MAX_MS) : 0;
  return Math.max(length, remainingMs, TIMER_MIN_MS);
}

/** What the timer shows at `serverNow`. A pause wins over an end, so a timer stopped half-way never counts. */
export function readTimer(fields: TimerFields, serverNow: number): TimerReading {
  const { timerEndsAt: endsAt, timerPausedMs: pausedMs, timerLengthMs } = fields;
  if (pausedMs !== null && Number.isFinite(pausedMs)) {
    const remainingMs = clamp(pausedMs, 0, TIMER_MAX_MS);
    return { state: 'paused', remainingMs, lengthMs: lengthFor(timerLengthMs, remainingMs) };
  }
  if (endsAt === null || !Number.isFinite(endsAt)) return { state: 'idle' };
  const remainingMs = clamp(endsAt - serverNow, 0, TIMER_MAX_MS);
  return { state: remainingMs > 0 ? 'running' : 'ended', endsAt, remainingMs, lengthMs: lengthFor(timerLengthMs, remainingMs) };
}

/** Whole seconds left as a countdown shows them: rounded up, so it reads 0:00 only at the end. */
export function timerSeconds(remainingMs: number): number {
  return Number.isFinite(remainingMs) ? Math.ceil(clamp(remainingMs, 0, TIMER_MAX_MS) / 1000) : 0;
}

/** m:ss, or h:mm:ss from an hour: as a clock on the wall reads. */
export function formatTimer(remainingMs: number): string {
  const total = timerSeconds(remainingMs);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}

/** How much of the length is left, 0 to 1, for the progress ring. */
export function timerFraction(reading: TimerReading): number {
  return reading.state === 'idle' ? 0 : clamp(reading.remainingMs / reading.lengthMs, 0, 1);
}

/** "7", "2:30", "1:05:00" (minutes, m:ss, h:mm:ss) as milliseconds, or null when it is no length one may set. */
export function parseTimerLength(text: string): number | null {
  const parts = text.trim().split(/[:：]/);
  if (parts.length > 3 || parts.some((part) => !/^\d+(?:[.,]\d+)?$/.test(part.trim()))) return null;
  const numbers = parts.map((part) => Number(part.trim().replace(',', '.')));
  // Only the first part may be a fraction ("1.5" minutes); "1:30.5" is a typo, not a length.
  if (numbers.slice(1).some((n) => !Number.isInteger(n) || n >= 60)) return null;
  const [first, ...rest] = numbers as [number, ...number[]];
  const ms = parts.length === 1 ? first * TIMER_MINUTE_MS : rest.reduce((total, n) => total * 60 + n, first) * 1000;
  const rounded = Math.round(ms);
  return isTimerLength(rounded) ? rounded : null;
}

/** What each control writes to the session; null when it does not apply to the timer as it is. */
export type TimerPatch = Partial<TimerFields & Pick<WorkshopSession, 'timerOpenToAll'>>;

export function startPatch(lengthMs: number, serverNow: number): TimerPatch | null {
  if (!isTimerLength(lengthMs) || !Number.isFinite(serverNow)) return null;
  return { timerEndsAt: serverNow + lengthMs, timerPausedMs: null, timerLengthMs: lengthMs };
}

/** One more minute to the end, the ring grown with it; from "Time's up", a minute from now. */
export function addMinutePatch(fields: TimerFields, serverNow: number): TimerPatch | null {
  const reading = readTimer(fields, serverNow);
  if (reading.state === 'idle') return null;
  const remainingMs = Math.min(reading.remainingMs + TIMER_MINUTE_MS, TIMER_MAX_MS);
  const timerLengthMs = Math.min(reading.lengthMs + TIMER_MINUTE_MS, TIMER_MAX_MS);
  if (reading.state === 'paused') return { timerPausedMs: remainingMs, timerLengthMs };
  return { timerEndsAt: serverNow + remainingMs, timerLengthMs };
}

export function pausePatch(fields: TimerFields, serverNow: number): TimerPatch | null {
  const reading = readTimer(fields, serverNow);
  if (reading.state !== 'running') return null;
  return { timerEndsAt: null, timerPausedMs: reading.remainingMs, timerLengthMs: reading.lengthMs };
}

export function resumePatch(fields: TimerFields, serverNow: number): TimerPatch | null {
  const reading = readTimer(fields, serverNow);
  if (reading.state !== 'paused' || reading.remainingMs <= 0) return null;
  return { timerEndsAt: serverNow + reading.remainingMs, timerPausedMs: null, timerLengthMs: reading.lengthMs };
}

/** Back to no timer; the length stays, so the dialog can offer it again. */
export function stopPatch(): TimerPatch {
  return { timerEndsAt: null, timerPausedMs: null };
}

/**
 * Who may control the timer, as the server has it (server/updates/facilitation.ts): the owner
 * and the workshop's facilitator, and anyone who may edit once it is open to all.
 */
export function mayControlTimer(role: Role, openToAll: boolean, facilitator: boolean): boolean {
  return role === 'owner' || facilitator || (openToAll && allows(role, 'edit'));
}
