import { useId, useMemo, useState } from 'react';
import { useT } from '../../browser/i18n.tsx';
import type { Identity } from '../../collab/identity.ts';
import { addComment, type EditContext } from '../../doc/index.ts';
import { COMMENT_TARGET_KINDS, LIMITS, STRATEGY_SECTIONS, type Board, type CommentTargetKind } from '../../model/index.ts';
import { itemsBySection } from '../../model/strategyItems.ts';
import { targetName } from './targetName.ts';

interface Props {
  ctx: EditContext;
  board: Board;
  identity: Identity;
  /** Called with the thread just started, so the panel can open it. */
  onStarted(threadId: string, kind: CommentTargetKind, targetId: string): void;
}

/** Starts a thread on anything the board holds: a stage, lane, card, sticky note or strategy item. */
export function NewThreadForm({ ctx, board, identity, onStarted }: Props) {
  const t = useT();
  const id = useId();
  const [target, setTarget] = useState('');
  const [draft, setDraft] = useState('');
  const options = useMemo(() => {
    const bySection = itemsBySection(board.strategy);
    const ids: Record<CommentTargetKind, string[]> = {
      stage: board.stages.map((s) => s.id),
      lane: board.lanes.map((l) => l.id),
      card: board.cards.map((c) => c.id),
      note: board.notes.map((n) => n.id),
      strategy: STRATEGY_SECTIONS.flatMap((s) => bySection.get(s.id) ?? []).map((i) => i.id),
    };
    return COMMENT_TARGET_KINDS.map((kind) => ({ kind, targets: ids[kind].map((targetId) => ({ id: targetId, name: targetName(board, kind, targetId, t) })) })).filter((g) => g.targets.length > 0);
  }, [board, t]);
  // Someone may delete the chosen record meanwhile: then nothing is chosen.
  const chosen = options.find((g) => g.targets.some((x) => x.id === target));
  const send = () => {
    if (!chosen || !draft.trim()) return;
    const threadId = addComment(ctx, target, identity.name, draft.trim());
    setDraft('');
    onStarted(threadId, chosen.kind, target);
  };
  return (
    <form
      className="new-thread"
      aria-labelledby={`${id}-heading`}
      onSubmit={(e) => {
        e.preventDefault();
        send();
      }}
    >
      <h3 className="new-thread__heading" id={`${id}-heading`}>
        {t('comments.new.heading')}
      </h3>
      <label className="new-thread__label" htmlFor={`${id}-target`}>
        {t('comments.new.target')}
      </label>
      <select id={`${id}-target`} className="comments-field" value={chosen ? target : ''} onChange={(e) => setTarget(e.target.value)}>
        <option value="">{t('comments.new.choose')}</option>
        {options.map((group) => (
          <optgroup key={group.kind} label={t(`comments.kind.${group.kind}`)}>
            {group.targets.map((x) => (
              <option key={x.id} value={x.id}>
                {x.name}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      <label className="visually-hidden" htmlFor={`${id}-text`}>
        {t('comments.new.text')}
      </label>
      <textarea
        id={`${id}-text`}
        className="comments-field comments-field--text"
        rows={2}
        maxLength={LIMITS.longText}
        placeholder={t('canvas.feedback.placeholder', { name: identity.name })}
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            send();
          }
        }}
      />
      <button type="submit" className="button button--primary new-thread__send" disabled={!chosen || !draft.trim()}>
        {t('canvas.feedback.send')}
      </button>
    </form>
  );
}
