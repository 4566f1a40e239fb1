import { useT } from '../browser/i18n.tsx';
import { personaInitials, type Persona } from '../model/index.ts';

interface Props {
  personas: readonly Persona[];
  /** Opens the personas panel, at one persona or at the list; absent where no panel can open (a version looked at). */
  onOpen?: (personaId: string | null) => void;
}

/**
 * The strategy canvas's "Who" and the board's personas are the same people: the section lists
 * them, each a link to its card in the personas panel, where goals, needs and curves are kept.
 */
export function WhoPersonas({ personas, onOpen }: Props) {
  const t = useT();
  if (personas.length === 0 && !onOpen) return null;
  return (
    <div className="who-personas" role="group" aria-label={t('personas.who.label')}>
      {personas.map((persona) => {
        const name = persona.name.trim() || t('personas.untitled');
        const badge = (
          <span className="persona-badge" style={{ background: `var(--edge-${persona.color})` }} aria-hidden="true">
            {personaInitials(persona)}
          </span>
        );
        return onOpen ? (
          <button key={persona.id} type="button" className="who-personas__chip" onClick={() => onOpen(persona.id)} aria-label={t('personas.who.open', { name })}>
            {badge}
            <span className="who-personas__name">{name}</span>
          </button>
        ) : (
          <span key={persona.id} className="who-personas__chip">
            {badge}
            <span className="who-personas__name">{name}</span>
          </span>
        );
      })}
      {onOpen && (
        <button type="button" className="who-personas__all" onClick={() => onOpen(null)}>
          {t(personas.length === 0 ? 'personas.who.none' : 'personas.who.all')}
        </button>
      )}
    </div>
  );
}
