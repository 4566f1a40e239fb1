import type { TimerReading } from '../../model/index.ts';

/** How late an end may be noticed and still chime: a tab woken long after the end stays quiet. */
const CHIME_GRACE_MS = 10_000;

/**
 * Decides, reading by reading, when the end of a countdown is heard: once per end, only for an
 * end this page saw coming (not a board opened on "Time's up"), and only soon after it.
 */
export class EndChime {
  private counting: number | null = null;
  private chimed: number | null = null;

  /** Whether this reading is the end to chime for. */
  shouldChime(reading: TimerReading, serverNow: number): boolean {
    if (reading.state === 'running') {
      this.counting = reading.endsAt;
      return false;
    }
    if (reading.state !== 'ended') {
      this.counting = null;
      return false;
    }
    const { endsAt } = reading;
    const due = this.counting === endsAt && this.chimed !== endsAt && serverNow - endsAt <= CHIME_GRACE_MS;
    this.counting = null;
    if (due) this.chimed = endsAt;
    return due;
  }
}
