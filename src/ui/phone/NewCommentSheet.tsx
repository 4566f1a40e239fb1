import { useId, useState } from 'react';
import { useT } from '../../browser/i18n.tsx';
import type { Identity } from '../../collab/identity.ts';
import { CommentForm } from './CommentForm.tsx';
import { Sheet } from './Sheet.tsx';

export interface CommentTarget {
  id: string;
  kind: 'stage' | 'lane' | 'card';
  name: string;
}

interface Props {
  open: boolean;
  identity: Identity;
  /** What a new thread can be on from here: the picked stage, lane and the cell's cards. */
  targets: CommentTarget[];
  onSend(targetId: string, text: string): void;
  onClose(): void;
}

/** Starts a thread on the picked stage, the picked lane, or one of the cell's cards. */
export function NewCommentSheet({ open, identity, targets, onSend, onClose }: Props) {
  const t = useT();
  const id = useId();
  const [chosen, setChosen] = useState<string | null>(null);
  // The first target (the stage) until one is picked; a picked card deleted meanwhile falls back too.
  const target = targets.find((x) => x.id === chosen) ?? targets[0];
  return (
    <Sheet open={open} onClose={onClose} title={t('phone.comment.title')} testId="phone-new-comment">
      <fieldset className="phone-picker__group">
        <legend className="phone-picker__legend">{t('phone.comment.on')}</legend>
        <div className="phone-picker__chips phone-picker__chips--list">
          {targets.map((x) => (
            <label key={x.id} className="phone-chip phone-chip--target">
              <input type="radio" name={`${id}-target`} value={x.id} checked={x.id === target?.id} onChange={() => setChosen(x.id)} />
              <span className="phone-chip__kind">{t(`phone.comment.kind.${x.kind}`)}</span>
              <span className="phone-chip__text">{x.name}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {target && <CommentForm placeholder={t('phone.comment.placeholder', { name: identity.name })} onSend={(text) => onSend(target.id, text)} />}
    </Sheet>
  );
}
