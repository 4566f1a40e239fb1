import { useT } from '../../browser/i18n.tsx';
import { setLaneCurve, type EditContext } from '../../doc/index.ts';
import { CURVE_STATES, personaInitials, type CurveState, type Lane, type Persona } from '../../model/index.ts';

interface Props {
  ctx: EditContext;
  lane: Lane;
  persona: Persona | null;
  personas: readonly Persona[];
  canEdit: boolean;
  /** Whether the curve is drawn over its persona's as-is curve (model/lane.ts asIsCurveOf). */
  asIsShown: boolean;
}

/**
 * An emotion lane's legend, under its name: whose curve it draws, in that persona's colour,
 * and whether it is the journey as it is (a solid line) or as it is to be (dashed). Someone who
 * may edit picks both here.
 */
export function CurveOwner({ ctx, lane, persona, personas, canEdit, asIsShown }: Props) {
  const t = useT();
  const overAsIs = asIsShown;
  const state = t(lane.curve === 'toBe' ? (overAsIs ? 'lanes.curve.toBeOverAsIs' : 'lanes.curve.toBe') : 'lanes.curve.asIs');
  const badge = persona && (
    <span className="persona-badge" style={{ background: `var(--edge-${persona.color})` }} aria-hidden="true">
      {personaInitials(persona)}
    </span>
  );
  const line = (
    <svg className={`curve-owner__line ${lane.curve === 'toBe' ? 'is-to-be' : ''}`} viewBox="0 0 28 8" aria-hidden="true">
      {overAsIs && <line className="curve-owner__as-is" x1="1" y1="4" x2="27" y2="4" style={persona ? { stroke: `var(--edge-${persona.color})` } : undefined} />}
      <line x1="1" y1="4" x2="27" y2="4" style={persona ? { stroke: `var(--edge-${persona.color})` } : undefined} />
    </svg>
  );
  if (!canEdit) {
    return (
      <div className="curve-owner nodrag">
        <span className="curve-owner__legend" aria-label={persona ? t('lanes.curve.legend', { name: persona.name, state }) : undefined}>
          {badge}
          {line}
          <span className="curve-owner__text">{persona ? `${persona.name} · ${state}` : state}</span>
        </span>
      </div>
    );
  }
  // An editor's legend is beside the two choices it follows: the badge by whose, the line by which.
  return (
    <div className="curve-owner curve-owner--edit nodrag" aria-label={persona ? t('lanes.curve.legend', { name: persona.name, state }) : undefined} role="group">
      <span className="curve-owner__mark">{badge}</span>
      <select className="curve-owner__select" aria-label={t('lanes.curve.persona')} value={lane.personaId ?? ''} onChange={(e) => setLaneCurve(ctx, lane.id, e.target.value || null, lane.curve)}>
        <option value="">{t('lanes.curve.noPersona')}</option>
        {personas.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name || personaInitials(p)}
          </option>
        ))}
      </select>
      <span className="curve-owner__mark">{line}</span>
      <select className="curve-owner__select" aria-label={t('lanes.curve.state')} value={lane.curve} onChange={(e) => setLaneCurve(ctx, lane.id, lane.personaId, e.target.value as CurveState)}>
        {CURVE_STATES.map((curve) => (
          <option key={curve} value={curve}>
            {t(curve === 'toBe' ? 'lanes.curve.toBe' : 'lanes.curve.asIs')}
          </option>
        ))}
      </select>
    </div>
  );
}
