import { useT } from '../../browser/i18n.tsx';
import { safeHref, type Board, type Card } from '../../model/index.ts';
import { EMOTION_CHOICES } from './emotions.ts';
import { CardHeader } from './CardHeader.tsx';

/** A card's fields as text, for a link that may not edit them: the same dialog, nothing to type into. */
export function CardReadout({ board, card }: { board: Board; card: Card }) {
  const t = useT();
  const emotion = EMOTION_CHOICES.find((choice) => choice.value === card.emotion);
  const href = safeHref(card.link);
  const facts: [string, string][] = [
    [t('canvas.card.channel'), card.channel],
    [t('canvas.card.owner'), card.owner],
    [t('canvas.card.emotion'), emotion ? t(emotion.label) : ''],
    [t('canvas.card.tags'), card.tags.join(', ')],
  ];
  const filled = facts.filter(([, value]) => value !== '');
  return (
    <>
      <CardHeader board={board} card={card} heading={card.title || t('canvas.card.untitled')} />
      <div className="card-editor__body card-readout">
        {card.body && <p className="card-readout__body card-editor__field--wide">{card.body}</p>}
        {!card.body && filled.length === 0 && !href && <p className="card-editor__lead card-editor__field--wide">{t('canvas.card.noDetails')}</p>}
        {filled.map(([label, value]) => (
            <div key={label} className="card-editor__field">
              <span className="card-editor__label">{label}</span>
              <span className="card-readout__value">{value}</span>
            </div>
          ))}
        {href && (
          <div className="card-editor__field card-editor__field--wide">
            <span className="card-editor__label">{t('canvas.card.link')}</span>
            <a className="card-readout__value" href={href} target="_blank" rel="noreferrer noopener">
              {card.link}
            </a>
          </div>
        )}
      </div>
    </>
  );
}
