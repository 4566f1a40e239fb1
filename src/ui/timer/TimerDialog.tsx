import * as Dialog from '@radix-ui/react-dialog';
import { useId, useState, type CSSProperties } from 'react';
import { useT } from '../../browser/i18n.tsx';
import type { ServerClock } from '../../collab/serverClock.ts';
import { addTimerMinute, pauseTimer, resumeTimer, setTimerOpenToAll, startTimer, stopTimer, type EditContext } from '../../doc/index.ts';
import { TIMER_MINUTE_MS, TIMER_PRESET_MINUTES, formatTimer, parseTimerLength, timerFraction, type TimerReading } from '../../model/index.ts';
import { TimerRing } from './TimerRing.tsx';

interface Props {
  ctx: EditContext;
  clock: ServerClock;
  reading: TimerReading;
  openToAll: boolean;
  /** This person leads the workshop: only they open the timer to all, or close it again. */
  leads: boolean;
  chimeOn: boolean;
  onChimeChange(on: boolean): void;
  /** Where the dialog sits: under the header's timer. */
  style: CSSProperties;
}

/**
 * The timer's controls, in a small non-modal dialog under the header's timer (WorkshopTimer
 * holds its Root and trigger): the board stays in view while the facilitator sets it. Every
 * control writes in the server's time, so the room's screens agree.
 */
export function TimerDialog({ ctx, clock, reading, openToAll, leads, chimeOn, onChimeChange, style }: Props) {
  const t = useT();
  const [custom, setCustom] = useState('');
  const [invalid, setInvalid] = useState(false);
  const ids = useId();
  const { state } = reading;
  const start = (lengthMs: number) => startTimer(ctx, lengthMs, clock.now());
  const inStep = clock.current() !== null;

  return (
    <Dialog.Portal>
      <Dialog.Content className="timer-dialog" style={style} data-testid="timer-dialog" aria-describedby={undefined}>
        <div className="timer-dialog__head">
          <Dialog.Title className="timer-dialog__title">{t('timer.dialog.title')}</Dialog.Title>
          <Dialog.Close className="button button--quiet button--icon timer-dialog__close" aria-label={t('timer.close')} title={t('timer.close')}>
            <svg viewBox="0 0 24 24" aria-hidden="true">
              <path d="M6 6l12 12M18 6L6 18" />
            </svg>
          </Dialog.Close>
        </div>
        {!inStep && (
          <p className="timer-dialog__waiting" role="status">
            {t('timer.dialog.waitingForClock')}
          </p>
        )}
        {/* A time written before this screen knows the server's clock would be off by the laptop's own error, for everyone. */}
        <fieldset className="timer-dialog__clocked" disabled={!inStep}>
          {state === 'idle' ? (
            <p className="timer-dialog__text">{t('timer.dialog.description')}</p>
          ) : (
            <section className="timer-dialog__now" data-state={state} aria-label={t(`timer.state.${state}`)}>
              <TimerRing fraction={timerFraction(reading)} size={56} />
              <div className="timer-dialog__reading">
                <span className="timer-dialog__time">{formatTimer(reading.remainingMs)}</span>
                <span className="timer-dialog__state">{t(`timer.state.${state}`)}</span>
              </div>
              <div className="timer-dialog__controls">
                {state === 'paused' ? (
                  <button className="button button--primary" onClick={() => resumeTimer(ctx, clock.now())}>
                    {t('timer.resume')}
                  </button>
                ) : state === 'running' ? (
                  <button className="button" onClick={() => pauseTimer(ctx, clock.now())}>
                    {t('timer.pause')}
                  </button>
                ) : null}
                <button className="button" aria-label={t('timer.addMinute.label')} title={t('timer.addMinute.label')} onClick={() => addTimerMinute(ctx, clock.now())}>
                  {t('timer.addMinute')}
                </button>
                <button className="button" onClick={() => stopTimer(ctx)}>
                  {t('timer.stop')}
                </button>
              </div>
            </section>
          )}
          <section className="timer-dialog__start" aria-labelledby={`${ids}-start`}>
            <h3 className="timer-dialog__heading" id={`${ids}-start`}>
              {t(state === 'idle' ? 'timer.start.heading' : 'timer.start.again')}
            </h3>
            <div className="timer-dialog__presets">
              {TIMER_PRESET_MINUTES.map((minutes) => (
                <button key={minutes} className="button timer-dialog__preset" aria-label={t('timer.preset.label', { minutes })} onClick={() => start(minutes * TIMER_MINUTE_MS)}>
                  {t('timer.preset', { minutes })}
                </button>
              ))}
            </div>
            <form
              className="timer-dialog__custom"
              noValidate
              onSubmit={(event) => {
                event.preventDefault();
                const lengthMs = parseTimerLength(custom);
                setInvalid(lengthMs === null);
                if (lengthMs !== null) start(lengthMs);
              }}
            >
              <label className="timer-dialog__label" htmlFor={`${ids}-custom`}>
                {t('timer.custom.label')}
              </label>
              <input
                id={`${ids}-custom`}
                className="input timer-dialog__input"
                inputMode="decimal"
                autoComplete="off"
                placeholder={t('timer.custom.placeholder')}
                value={custom}
                aria-invalid={invalid || undefined}
                aria-describedby={`${ids}-custom-note`}
                onChange={(event) => {
                  setCustom(event.target.value);
                  setInvalid(false);
                }}
              />
              <button type="submit" className="button button--primary">
                {t('timer.custom.start')}
              </button>
              <p id={`${ids}-custom-note`} className={invalid ? 'timer-dialog__error' : 'timer-dialog__hint'} role={invalid ? 'alert' : undefined}>
                {t(invalid ? 'timer.custom.invalid' : 'timer.custom.hint')}
              </p>
            </form>
          </section>
        </fieldset>
        <div className="timer-dialog__options">
          {leads && (
            <label className="timer-dialog__option">
              <input type="checkbox" checked={openToAll} onChange={(event) => setTimerOpenToAll(ctx, event.target.checked)} />
              <span>
                {t('timer.openToAll')}
                <small>{t('timer.openToAll.hint')}</small>
              </span>
            </label>
          )}
          <label className="timer-dialog__option">
            <input type="checkbox" checked={chimeOn} onChange={(event) => onChimeChange(event.target.checked)} />
            <span>
              {t('timer.chime')}
              <small>{t('timer.chime.hint')}</small>
            </span>
          </label>
        </div>
      </Dialog.Content>
    </Dialog.Portal>
  );
}
