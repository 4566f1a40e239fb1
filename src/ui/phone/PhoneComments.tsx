import { useMemo, useState } from 'react';
import { useT } from '../../browser/i18n.tsx';
import type { Identity } from '../../collab/identity.ts';
import { CommentThreadView } from '../../canvas/feedback/CommentThreadView.tsx';
import { useNow } from '../../canvas/feedback/useNow.ts';
import { may, type EditContext } from '../../doc/index.ts';
import { commentGroups, type Board } from '../../model/index.ts';
import { targetName } from '../comments/targetName.ts';

interface Props {
  ctx: EditContext;
  board: Board;
  identity: Identity;
}

/**
 * The board's comment threads on the phone, grouped by what they are on as in the comments
 * panel, each thread open to read and reply to: on a phone there is room for one column, and
 * a tap to open each thread would be one tap too many.
 */
export function PhoneComments({ ctx, board, identity }: Props) {
  const t = useT();
  const now = useNow();
  const [showing, setShowing] = useState<'open' | 'resolved'>('open');
  const groups = useMemo(() => ({ open: commentGroups(board, { resolved: false }), resolved: commentGroups(board, { resolved: true }) }), [board]);
  const count = (which: 'open' | 'resolved') => groups[which].reduce((n, g) => n + g.threads.length, 0);
  const shown = groups[showing];
  return (
    <div className="phone-comments">
      <div className="phone-segments phone-segments--small" role="group" aria-label={t('comments.panel.which')}>
        {(['open', 'resolved'] as const).map((which) => (
          <button key={which} type="button" className="phone-segments__item" aria-pressed={showing === which} onClick={() => setShowing(which)}>
            {t(which === 'open' ? 'phone.comments.open' : 'phone.comments.resolved', { count: count(which) })}
          </button>
        ))}
      </div>
      {!may(ctx, 'comment') && <p className="phone-note">{t('comments.panel.viewOnly')}</p>}
      {shown.length === 0 ? (
        <p className="phone-empty">{t(showing === 'open' ? 'phone.comments.none' : 'phone.comments.noneResolved')}</p>
      ) : (
        shown.map((group) => {
          const name = targetName(board, group.kind, group.targetId, t);
          return (
            <section key={group.targetId} className="phone-thread-group" aria-label={`${t(`comments.kind.${group.kind}`)}: ${name}`}>
              <header className="phone-thread-group__head">
                <span className="phone-thread-group__kind">{t(`comments.kind.${group.kind}`)}</span>
                <span className="phone-thread-group__name">{name}</span>
              </header>
              <ol className="comment-threads">
                {group.threads.map((thread) => (
                  <CommentThreadView key={thread.id} ctx={ctx} thread={thread} identity={identity} now={now} />
                ))}
              </ol>
            </section>
          );
        })
      )}
    </div>
  );
}
