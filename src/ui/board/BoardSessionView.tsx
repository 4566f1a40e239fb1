import { useEffect, useState } from 'react';
import { loadIdentity, saveIdentity, type Identity } from '../../collab/identity.ts';
import { useBoardSession } from '../../collab/useBoardSession.ts';
import type { BoardLink } from '../../collab/links.ts';
import { BoardView } from './BoardView.tsx';
import { NameDialog } from './NameDialog.tsx';

const GUEST: Identity = { id: 'guest', name: 'Guest', color: '#64748b' };

/** Opens the live session for a board and keeps this person's name in presence. */
export function BoardSessionView({ boardId, link }: { boardId: string; link: BoardLink }) {
  const [identity, setIdentity] = useState<Identity | null>(loadIdentity);
  const session = useBoardSession(boardId, identity ?? GUEST, link);
  const [naming, setNaming] = useState(identity === null);

  useEffect(() => {
    if (session && identity) session.provider.awareness.setLocalStateField('user', identity);
  }, [session, identity]);

  return (
    <>
      {session && <BoardView session={session} identity={identity ?? GUEST} onRename={() => setNaming(true)} />}
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
