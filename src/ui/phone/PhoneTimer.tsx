import { useT } from '../../browser/i18n.tsx';
import type { ServerClock } from '../../collab/serverClock.ts';
import { formatTimer, timerFraction, type TimerFields } from '../../model/index.ts';
import { TimerRing } from '../timer/TimerRing.tsx';
import { useTimerReading } from '../timer/useTimerReading.ts';

const LAST_MINUTE_MS = 60_000;

/**
 * The workshop's timer as the phone shows it, read only: counted on the server's clock, like
 * the header's, so a phone in the room shows the same second as the shared screen. Nothing while
 * no timer is set. Its data attributes match the header timer's, for tests that compare screens.
 */
export function PhoneTimer({ fields, clock }: { fields: TimerFields; clock: ServerClock }) {
  const t = useT();
  const { reading } = useTimerReading(fields, clock);
  if (reading.state === 'idle') return null;
  const time = formatTimer(reading.remainingMs);
  const label =
    reading.state === 'ended' ? t('timer.label.ended') : t(reading.state === 'paused' ? 'timer.label.paused' : 'timer.label.running', { time });
  return (
    <div
      className="phone-timer"
      role="timer"
      aria-label={label}
      data-testid="phone-timer"
      data-state={reading.state}
      data-last-minute={(reading.state === 'running' && reading.remainingMs <= LAST_MINUTE_MS) || undefined}
      data-ends-at={reading.state === 'paused' ? undefined : reading.endsAt}
      data-clock-offset={clock.offsetMs()}
    >
      <TimerRing fraction={timerFraction(reading)} size={36} />
      <span className="phone-timer__time">{reading.state === 'ended' ? t('timer.ended') : time}</span>
      <span className="phone-timer__state">
        {reading.state === 'running' ? t('phone.timer.left') : reading.state === 'paused' ? t('timer.state.paused') : ''}
      </span>
    </div>
  );
}
