import { adminToken } from '../../collab/links.ts';
import * as Dialog from '@radix-ui/react-dialog';
import { useEffect, useState } from 'react';
import { deleteSavedTemplate, fetchSavedTemplateFile, importBoard, listSavedTemplates } from '../../collab/api.ts';
import type { Board } from '../../model/index.ts';
import { BUILT_IN_TEMPLATES } from '../../templates/catalog.ts';
import { boardPath, navigate } from '../router.ts';
import { templateBoard, templateSize } from './templateBoards.ts';
import { TemplatePreview } from './TemplatePreview.tsx';
import '../../styles/dialog.css';
import '../../styles/gallery.css';

/** One entry of the gallery, built in or saved by the team, once its file is loaded. */
interface Entry {
  key: string;
  name: string;
  summary: string;
  language: string | null;
  document: string | null;
  view: 'map' | 'strategy';
  text: string;
  board: Board;
  savedId?: string;
}

async function loadEntries(): Promise<{ builtIn: Entry[]; saved: Entry[]; savedError: string | null }> {
  const builtIn = await Promise.all(
    BUILT_IN_TEMPLATES.map(async (t) => {
      const text = await t.load();
      return { key: t.id, name: t.name, summary: t.summary, language: t.language, document: t.document, view: t.view, text, board: templateBoard(text) };
    }),
  );
  // The team's templates are managed with the server's admin link; without it, the built-in ones.
  if (adminToken() === null) return { builtIn, saved: [], savedError: null };
  let listed;
  try {
    listed = await listSavedTemplates();
  } catch (e) {
    return { builtIn, saved: [], savedError: `Your team's templates could not be loaded: ${e instanceof Error ? e.message : String(e)}` };
  }
  // One unreadable template must not hide the others.
  const settled = await Promise.allSettled(
    listed.map(async (t): Promise<Entry> => {
      const text = await fetchSavedTemplateFile(t.id);
      const board = templateBoard(text);
      const view: Entry['view'] = board.stages.length === 0 && board.strategy.length > 0 ? 'strategy' : 'map';
      return { key: `saved:${t.id}`, name: t.name, summary: board.meta.title, language: null, document: null, view, text, board, savedId: t.id };
    }),
  );
  const saved = settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  const failed = settled.length - saved.length;
  return { builtIn, saved, savedError: failed > 0 ? `${failed} of your team's templates could not be read.` : null };
}

/**
 * "New board": every template with a preview drawn from its own content, its source document,
 * language and size, searchable by name. Choosing one creates a board from it on the server,
 * through the same import as a person's own file.
 */
export function TemplateGallery({ open, onClose }: { open: boolean; onClose(): void }) {
  const [entries, setEntries] = useState<Awaited<ReturnType<typeof loadEntries>> | null>(null);
  const [query, setQuery] = useState('');
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!open) return;
    let live = true;
    loadEntries().then(
      (loaded) => live && setEntries(loaded),
      (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, [open]);

  const choose = async (entry: Entry) => {
    setBusy(entry.key);
    setError(null);
    try {
      const { id } = await importBoard(entry.text);
      navigate(boardPath(id, entry.view));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setBusy(null);
    }
  };
  const remove = async (entry: Entry) => {
    if (!entry.savedId) return;
    try {
      await deleteSavedTemplate(entry.savedId);
      setEntries((current) => current && { ...current, saved: current.saved.filter((e) => e.key !== entry.key) });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  const matches = (entry: Entry) => entry.name.toLowerCase().includes(query.trim().toLowerCase());
  const builtIn = entries?.builtIn.filter(matches) ?? [];
  const saved = entries?.saved.filter(matches) ?? [];
  return (
    <Dialog.Root open={open} onOpenChange={(next) => !next && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog__overlay" />
        <Dialog.Content className="dialog gallery">
          <div className="gallery__head">
            <Dialog.Title className="dialog__title">Start a new board</Dialog.Title>
            <input className="gallery__search" type="search" placeholder="Search templates by name" aria-label="Search templates by name" value={query} onChange={(e) => setQuery(e.target.value)} />
            <Dialog.Close className="button button--quiet">Close</Dialog.Close>
          </div>
          <Dialog.Description className="dialog__text">Every template is taken word for word from its source document.</Dialog.Description>
          {error && (
            <p className="banner" role="alert">
              {error}
            </p>
          )}
          <div className="gallery__body" aria-busy={entries === null}>
            {entries === null && !error && <p className="gallery__loading">Loading templates…</p>}
            {entries && (
              <>
                <TemplateSection title="Built-in templates" entries={builtIn} busy={busy} onChoose={choose} />
                {(saved.length > 0 || entries.savedError) && <TemplateSection title="Your team’s templates" entries={saved} busy={busy} onChoose={choose} onDelete={remove} />}
                {entries.savedError && <p className="banner">{entries.savedError}</p>}
                {builtIn.length + saved.length === 0 && <p className="gallery__loading">No template has “{query}” in its name.</p>}
              </>
            )}
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

interface SectionProps {
  title: string;
  entries: Entry[];
  busy: string | null;
  onChoose(entry: Entry): void;
  onDelete?(entry: Entry): void;
}

function TemplateSection({ title, entries, busy, onChoose, onDelete }: SectionProps) {
  if (entries.length === 0) return null;
  return (
    <section className="gallery__section" aria-label={title}>
      <h3 className="gallery__section-title">{title}</h3>
      <ul className="gallery__grid">
        {entries.map((entry) => (
          <li key={entry.key} className="template-card">
            <button className="template-card__choose" onClick={() => onChoose(entry)} disabled={busy !== null} aria-label={`Use template: ${entry.name}`}>
              <TemplatePreview board={entry.board} view={entry.view} />
              <span className="template-card__name">{busy === entry.key ? 'Creating…' : entry.name}</span>
              <span className="template-card__summary">{entry.summary}</span>
              <span className="template-card__meta">
                {[entry.language, templateSize(entry.board), entry.document && `Source: ${entry.document}`].filter(Boolean).join(' · ')}
              </span>
            </button>
            {onDelete && (
              <button className="template-card__delete" aria-label={`Delete template ${entry.name}`} onClick={() => onDelete(entry)}>
                ×
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
