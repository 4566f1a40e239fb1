import { sameMiddle, type ViewSample } from './viewLog.ts';

/** One pan of the leader's, as the follower saw it; null where the follower did not within the limit. */
export interface PanTiming {
  /** From the leader's first view change of the pan to the follower's first view change after it. */
  firstResponse: number | null;
  /**
   * From the leader's last view change of the pan to the follower showing, from then on, the
   * middle of the map the leader ended at (lib/viewLog.ts, sameMiddle).
   */
  arrival: number | null;
  /** From the leader's last view change of the pan to the follower's last one, where an ease ends: null with no arrival. */
  settled: number | null;
  /** From the follower's arriving change to the frame it painted after it. */
  arrivalPaint: number | null;
  /** From the leader's first view change of the pan to its last: how long the pan took. */
  panDuration: number;
  /** How many times each page's view changed in the pan. */
  leaderChanges: number;
  followerChanges: number;
}

/**
 * Times each pan from the two pages' logs (on the clock they share). `marks` are the times each
 * pan began, on the leader's page, and one more after the last: a pan's leader changes are those
 * between its mark and the next, and the follower's changes up to the next mark are its answer.
 */
export function timePans(leader: ViewSample[], follower: ViewSample[], marks: number[], limitMs: number): PanTiming[] {
  const within = (log: ViewSample[], from: number, to: number) => log.filter((sample) => sample.at >= from && sample.at < to);
  return marks.slice(0, -1).map((from, pan) => {
    const to = marks[pan + 1]!;
    const moved = within(leader, from, to);
    if (moved.length === 0) throw new Error(`pan ${pan + 1} did not move the leader's view`);
    const first = moved[0]!;
    const last = moved.at(-1)!;
    // Each pan starts with both views at rest (follow.ts waits for that): a change of the
    // follower's before the leader's first would be the last pan's, read as this one's answer.
    if (within(follower, from, first.at).length > 0) throw new Error(`the follower's view was still moving when pan ${pan + 1} began`);
    const answer = within(follower, first.at, to);
    const responded = answer[0];
    // Arrived: the first change from which on the follower stays at the leader's end point,
    // the change after the last one that was not there yet.
    const away = answer.findLastIndex((sample) => !sameMiddle(sample, last));
    const arrived = away + 1 < answer.length ? answer[away + 1]! : undefined;
    const limited = (ms: number | undefined) => (ms !== undefined && ms <= limitMs ? ms : null);
    const arrival = limited(arrived && arrived.at - last.at);
    return {
      firstResponse: limited(responded && responded.at - first.at),
      arrival,
      settled: arrival === null ? null : answer.at(-1)!.at - last.at,
      arrivalPaint: arrival !== null && arrived!.painted !== null ? arrived!.painted - arrived!.at : null,
      panDuration: last.at - first.at,
      leaderChanges: moved.length,
      followerChanges: answer.length,
    };
  });
}
