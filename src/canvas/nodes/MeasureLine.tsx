import { useLocale, useT } from '../../browser/i18n.tsx';
import { measureReading, type Card } from '../../model/index.ts';

/**
 * A measure's row on its card: the value, large, then its target and how far it is from it,
 * green when met and amber when short, so a stage's standing reads from the back of a room.
 */
export function MeasureLine({ card }: { card: Card }) {
  const t = useT();
  const { locale } = useLocale();
  const reading = measureReading(card, locale, t);
  return (
    <div className="measure-line" data-standing={reading.standing}>
      <span className={`measure-line__value ${card.value === null ? 'is-empty' : ''}`}>{reading.value}</span>
      {reading.target && <span className="measure-line__target">{reading.target}</span>}
      {reading.gap && <span className="measure-line__gap">{reading.gap}</span>}
    </div>
  );
}
