import { useState } from 'react';
import { useT } from '../../browser/i18n.tsx';
import { SidePanel } from '../SidePanel.tsx';
import { addPersona, may, type EditContext } from '../../doc/index.ts';
import { PERSONA, type Board } from '../../model/index.ts';
import { PersonaCard } from './PersonaCard.tsx';
import './personas.css';

interface Props {
  ctx: EditContext;
  board: Board;
  /** The persona whose card opens with the panel (one the strategy canvas's "Who" linked to). */
  openId?: string | null;
  onClose(): void;
}

/**
 * The board's personas beside the map: each with who they are (goals, needs, frustrations, a
 * quote), a colour and initials, and how many curves the map draws for them. A panel, as the
 * comments are: the map behind it shows each change of colour or name at once.
 */
export function PersonasPanel({ ctx, board, openId = null, onClose }: Props) {
  const t = useT();
  const [open, setOpen] = useState<string | null>(openId);
  const canEdit = may(ctx, 'edit');
  const full = board.personas.length >= PERSONA.maxCount;
  return (
    <SidePanel title={t('personas.panel.title')} closeLabel={t('personas.panel.close')} onClose={onClose} className="personas-panel">
        <p className="side-panel__note">{t('personas.panel.intro')}</p>
        {canEdit && (
          <button type="button" className="button button--primary personas-panel__add" disabled={full} title={full ? t('personas.full', { max: PERSONA.maxCount }) : undefined} onClick={() => setOpen(addPersona(ctx, { color: nextColour(board) }))}>
            {t('personas.add')}
          </button>
        )}
        {board.personas.length === 0 ? (
          <p className="side-panel__note">{t('personas.panel.empty')}</p>
        ) : (
          <ol className="persona-list">
            {board.personas.map((persona) => (
              <PersonaCard
                key={persona.id}
                ctx={ctx}
                persona={persona}
                curves={board.lanes.filter((lane) => lane.kind === 'emotion' && lane.personaId === persona.id).length}
                open={open === persona.id}
                onToggle={() => setOpen((current) => (current === persona.id ? null : persona.id))}
              />
            ))}
          </ol>
        )}
    </SidePanel>
  );
}

/** A colour no persona has yet, so each curve reads apart from the others; blue once all are taken. */
function nextColour(board: Board) {
  const taken = new Set(board.personas.map((p) => p.color));
  return (['blue', 'teal', 'violet', 'orange', 'pink', 'green', 'amber', 'red'] as const).find((colour) => !taken.has(colour)) ?? 'blue';
}
