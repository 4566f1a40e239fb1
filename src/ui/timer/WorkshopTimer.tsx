import * as Dialog from '@radix-ui/react-dialog';
import { useEffect, useRef, useState, type CSSProperties } from 'react';
import { useT } from '../../browser/i18n.tsx';
import type { BoardSession } from '../../collab/session.ts';
import { useServerClock } from '../../collab/useServerClock.ts';
import { useLeadsWorkshop } from '../../collab/useLeadsWorkshop.ts';
import { useWorkshop } from '../../collab/useWorkshop.ts';
import { formatTimer, mayControlTimer, timerFraction } from '../../model/index.ts';
import { chimeWanted, playChime, prepareChime, setChimeWanted } from './chime.ts';
import { EndChime } from './endChime.ts';
import { TimerDialog } from './TimerDialog.tsx';
import { TimerRing } from './TimerRing.tsx';
import { useTimerReading } from './useTimerReading.ts';
import './timer.css';

const DIALOG_WIDTH = 380;
const LAST_MINUTE_MS = 60_000;

/**
 * The shared workshop timer in the board's header: shown to everyone while it runs, is paused or
 * has run out, and a button to its controls for whoever may change it (TimerDialog).
 *
 * Its data attributes give the timer as this page counts it, for tests that compare screens:
 * the end in the server's time, what a pause left, and this page's estimate of the server clock.
 */
export function WorkshopTimer({ session, live }: { session: BoardSession; live: boolean }) {
  const t = useT();
  const workshop = useWorkshop(session.doc);
  const leads = useLeadsWorkshop(session.ctx);
  const clock = useServerClock(session.provider);
  const { reading, serverNow } = useTimerReading(workshop, clock);
  const canControl = live && mayControlTimer(session.link.role, workshop.timerOpenToAll, leads);
  const [open, setOpen] = useState(false);
  const [position, setPosition] = useState<CSSProperties>({});
  const [chimeOn, setChimeOn] = useState(chimeWanted);
  const endChime = useRef(new EndChime());

  useEffect(() => {
    if (endChime.current.shouldChime(reading, serverNow) && chimeOn) playChime();
  });

  const { state } = reading;
  // The timer is a workshop's: with none going on, its button stays out of the header.
  if (state === 'idle' && (!canControl || workshop.facilitatorKeyHash === '')) return null;

  const time = state === 'idle' ? '' : formatTimer(reading.remainingMs);
  const lastMinute = state === 'running' && reading.remainingMs <= LAST_MINUTE_MS;
  const label = state === 'idle' ? t('timer.button') : state === 'ended' ? t('timer.label.ended') : t(state === 'paused' ? 'timer.label.paused' : 'timer.label.running', { time });
  const face = (
    <>
      {state === 'idle' ? <ClockIcon /> : <TimerRing fraction={timerFraction(reading)} />}
      <span className="header-timer__time">{state === 'idle' ? t('timer.button') : state === 'ended' ? t('timer.ended') : time}</span>
      {state === 'paused' && <PausedIcon />}
    </>
  );

  return (
    <div
      className="header-timer"
      data-testid="workshop-timer"
      data-state={state}
      data-last-minute={lastMinute || undefined}
      data-ends-at={state === 'running' || state === 'ended' ? reading.endsAt : undefined}
      data-paused-ms={state === 'paused' ? reading.remainingMs : undefined}
      data-clock-offset={clock.offsetMs()}
    >
      {canControl ? (
        <Dialog.Root open={open} onOpenChange={setOpen} modal={false}>
          <Dialog.Trigger
            className="header-timer__face"
            aria-label={label}
            title={t('timer.dialog.title')}
            onClick={(event) => {
              const box = event.currentTarget.getBoundingClientRect();
              const left = Math.min(Math.max(box.left + box.width / 2 - DIALOG_WIDTH / 2, 16), window.innerWidth - DIALOG_WIDTH - 16);
              setPosition({ top: box.bottom + 8, left, width: DIALOG_WIDTH });
            }}
          >
            {face}
          </Dialog.Trigger>
          {open && (
            <TimerDialog
              ctx={session.ctx}
              clock={clock}
              reading={reading}
              openToAll={workshop.timerOpenToAll}
              leads={leads}
              chimeOn={chimeOn}
              onChimeChange={(on) => {
                // Made while the click is being handled: browsers let a page sound only then.
                if (on) prepareChime();
                setChimeWanted(on);
                setChimeOn(on);
              }}
              style={position}
            />
          )}
        </Dialog.Root>
      ) : (
        <div className="header-timer__face" role="timer" aria-label={label}>
          {face}
        </div>
      )}
      <span className="visually-hidden" role="status">
        {state === 'ended' ? t('timer.ended') : ''}
      </span>
    </div>
  );
}

function ClockIcon() {
  return (
    <svg className="header-timer__icon" viewBox="0 0 24 24" aria-hidden="true">
      <circle cx="12" cy="13" r="8" />
      <path d="M12 9v4l2.5 2.5M9.5 2.5h5" />
    </svg>
  );
}

function PausedIcon() {
  return (
    <svg className="header-timer__paused" viewBox="0 0 24 24" aria-hidden="true">
      <path d="M9 6v12M15 6v12" />
    </svg>
  );
}
