import { useEffect, useMemo, useState } from 'react';
import { useT } from '../../browser/i18n.tsx';
import { loadIdentity, saveIdentity, type Identity } from '../../collab/identity.ts';
import { useBoardSession } from '../../collab/useBoardSession.ts';
import type { BoardLink } from '../../collab/links.ts';
import { showAs } from '../../collab/session.ts';
import { BoardView } from './BoardView.tsx';
import { NameDialog } from './NameDialog.tsx';
import { PhoneBoard } from '../phone/PhoneBoard.tsx';
import { PhoneSwitch } from '../phone/PhoneSwitch.tsx';
import { usePhoneLayout } from '../phone/phoneLayout.ts';

/**
 * Opens the live session for a board and keeps this person's name in presence. On a phone the
 * same session shows as the phone's simple screen (src/ui/phone), unless its browser chose the
 * full board.
 */
export function BoardSessionView({ boardId, link }: { boardId: string; link: BoardLink }) {
  const t = useT();
  // Who this person is until they give a name, in the language of the page they opened.
  const guest = useMemo<Identity>(() => ({ id: 'guest', name: t('board.guest'), color: '#64748b' }), [t]);
  const [identity, setIdentity] = useState<Identity | null>(loadIdentity);
  const session = useBoardSession(boardId, identity ?? guest, link);
  const [naming, setNaming] = useState(identity === null);
  const layout = usePhoneLayout();

  useEffect(() => {
    if (session && identity) showAs(session.provider, identity);
  }, [session, identity]);

  return (
    <>
      {session &&
        (layout.phone ? (
          <PhoneBoard session={session} identity={identity ?? guest} onRename={() => setNaming(true)} onFullBoard={() => layout.choose('full')} />
        ) : (
          <BoardView session={session} identity={identity ?? guest} onRename={() => setNaming(true)} />
        ))}
      {session && layout.phoneSized && !layout.phone && <PhoneSwitch onSwitch={() => layout.choose('phone')} />}
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
