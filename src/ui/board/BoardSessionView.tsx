import { useEffect, useMemo, useState } from 'react';
import { useT } from '../../browser/i18n.tsx';
import { loadIdentity, saveIdentity, type Identity } from '../../collab/identity.ts';
import { useBoardSession } from '../../collab/useBoardSession.ts';
import type { BoardLink } from '../../collab/links.ts';
import { showAs } from '../../collab/session.ts';
import { BoardView } from './BoardView.tsx';
import { NameDialog } from './NameDialog.tsx';


/** Opens the live session for a board and keeps this person's name in presence. */
export function BoardSessionView({ boardId, link }: { boardId: string; link: BoardLink }) {
  const t = useT();
  // Who this person is until they give a name, in the language of the page they opened.
  const guest = useMemo<Identity>(() => ({ id: 'guest', name: t('board.guest'), color: '#64748b' }), [t]);
  const [identity, setIdentity] = useState<Identity | null>(loadIdentity);
  const session = useBoardSession(boardId, identity ?? guest, link);
  const [naming, setNaming] = useState(identity === null);

  useEffect(() => {
    if (session && identity) showAs(session.provider, identity);
  }, [session, identity]);

  return (
    <>
      {session && <BoardView session={session} identity={identity ?? guest} onRename={() => setNaming(true)} />}
      <NameDialog
        open={naming}
        initialName={identity?.name ?? ''}
        onSave={(name) => {
          setIdentity(saveIdentity(name));
          setNaming(false);
        }}
        onCancel={identity ? () => setNaming(false) : undefined}
      />
    </>
  );
}
