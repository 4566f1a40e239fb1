import { useId } from 'react';
import { useT } from '../../browser/i18n.tsx';
import { ColorSwatches } from '../../canvas/editor/ColorSwatches.tsx';
import { deletePersona, may, setPersonaText, updatePersona, type EditContext } from '../../doc/index.ts';
import { LIMITS, personaInitials, type Persona, type PersonaTextField } from '../../model/index.ts';
import { CollaborativeTextField } from '../../text/CollaborativeTextField.tsx';
import { useRecordText } from '../../text/useRecordText.ts';
import type { MessageId } from '../../i18n/index.ts';

const LONG_FIELDS: PersonaTextField[] = ['description', 'goals', 'needs', 'frustrations', 'quote'];

interface Props {
  ctx: EditContext;
  persona: Persona;
  /** Emotion lanes that draw this persona's curve. */
  curves: number;
  open: boolean;
  onToggle(): void;
}

/** One persona: its badge, name and curves; opened, every field of it, typed together. */
export function PersonaCard({ ctx, persona, curves, open, onToggle }: Props) {
  const t = useT();
  const id = useId();
  const name = persona.name.trim() || t('personas.untitled');
  return (
    <li className={`persona-card ${open ? 'is-open' : ''}`} data-persona-id={persona.id}>
      <button type="button" className="persona-card__head" aria-expanded={open} aria-label={t('personas.edit', { name })} onClick={onToggle}>
        <span className="persona-badge persona-badge--large" style={{ background: `var(--edge-${persona.color})` }} aria-hidden="true">
          {personaInitials(persona)}
        </span>
        <span className="persona-card__who">
          <span className="persona-card__name">{name}</span>
          <span className="persona-card__curves">{t('personas.curves', { count: curves })}</span>
        </span>
      </button>
      {open && (may(ctx, 'edit') ? <PersonaFields ctx={ctx} persona={persona} idBase={id} /> : <PersonaReading persona={persona} />)}
    </li>
  );
}

function PersonaFields({ ctx, persona, idBase }: { ctx: EditContext; persona: Persona; idBase: string }) {
  const t = useT();
  const texts = {
    name: useRecordText(ctx, 'personas', persona.id, 'name'),
    description: useRecordText(ctx, 'personas', persona.id, 'description'),
    goals: useRecordText(ctx, 'personas', persona.id, 'goals'),
    needs: useRecordText(ctx, 'personas', persona.id, 'needs'),
    frustrations: useRecordText(ctx, 'personas', persona.id, 'frustrations'),
    quote: useRecordText(ctx, 'personas', persona.id, 'quote'),
  };
  const label = (field: string) => t(`personas.field.${field}` as MessageId);
  return (
    <div className="persona-card__fields">
      <label className="persona-card__label" htmlFor={`${idBase}-name`}>
        {label('name')}
      </label>
      <CollaborativeTextField id={`${idBase}-name`} className="input persona-card__input" label={label('name')} maxLength={LIMITS.title} text={texts.name} onText={(v) => setPersonaText(ctx, persona.id, 'name', v)} autoFocus />
      {LONG_FIELDS.map((field) => (
        <div key={field} className="persona-card__field">
          <label className="persona-card__label" htmlFor={`${idBase}-${field}`}>
            {label(field)}
          </label>
          <CollaborativeTextField id={`${idBase}-${field}`} className="input persona-card__text" label={label(field)} multiline rows={2} maxLength={LIMITS.longText} text={texts[field]} onText={(v) => setPersonaText(ctx, persona.id, field, v)} />
        </div>
      ))}
      <label className="persona-card__label" htmlFor={`${idBase}-initials`}>
        {label('initials')}
      </label>
      <input id={`${idBase}-initials`} className="input persona-card__initials" maxLength={3} value={persona.initials} placeholder={personaInitials({ ...persona, initials: '' })} onChange={(e) => updatePersona(ctx, persona.id, { initials: e.target.value })} />
      <span className="persona-card__label" id={`${idBase}-colour`}>
        {label('colour')}
      </span>
      <ColorSwatches labelId={`${idBase}-colour`} value={persona.color} onChange={(color) => updatePersona(ctx, persona.id, { color })} />
      <button type="button" className="button button--quiet persona-card__delete" title={t('personas.deleteHint')} onClick={() => deletePersona(ctx, persona.id)}>
        {t('personas.delete')}
      </button>
    </div>
  );
}

/** A persona as a view link reads it: the fields that say something. */
function PersonaReading({ persona }: { persona: Persona }) {
  const t = useT();
  return (
    <dl className="persona-card__reading">
      {LONG_FIELDS.filter((field) => persona[field].trim() !== '').map((field) => (
        <div key={field}>
          <dt>{t(`personas.field.${field}` as MessageId)}</dt>
          <dd>{persona[field]}</dd>
        </div>
      ))}
    </dl>
  );
}
