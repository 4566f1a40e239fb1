import * as Dialog from '@radix-ui/react-dialog';
import { useEffect, useState } from 'react';
import { useLocale, useT } from '../../browser/i18n.tsx';
import { deleteSavedTemplate, errorText, fetchSavedTemplateFile, importBoard, listSavedTemplates } from '../../collab/api.ts';
import { adminToken } from '../../collab/links.ts';
import { LOCALE_NAMES, type Locale, type MessageId, type Translate } from '../../i18n/index.ts';
import type { Board } from '../../model/index.ts';
import { BUILT_IN_TEMPLATES, type SourceDocument } from '../../templates/catalog.ts';
import { boardPath, navigate } from '../router.ts';
import { blankInLocale, templateBoard, templateSize } from './templateBoards.ts';
import { TemplatePreview } from './TemplatePreview.tsx';
import '../../styles/dialog.css';
import '../../styles/gallery.css';

/** One entry of the gallery, built in or saved by the team, once its file is loaded. */
interface Entry {
  key: string;
  /** A built-in template's name is the interface's; a saved one's is the name the team gave it. */
  name: { id: MessageId } | { text: string };
  summary: { id: MessageId } | { text: string };
  language: Locale | null;
  source: SourceDocument | null;
  view: 'map' | 'strategy';
  text: string;
  board: Board;
  savedId?: string;
}

interface Entries {
  builtIn: Entry[];
  saved: Entry[];
  /** Why the team's templates are missing: the list could not be loaded, or some could not be read. */
  savedError: { listFailed: unknown } | { unreadable: number } | null;
}

async function loadEntries(): Promise<Entries> {
  const builtIn = await Promise.all(
    BUILT_IN_TEMPLATES.map(async (t): Promise<Entry> => {
      const text = await t.load();
      return { key: t.id, name: { id: t.name }, summary: { id: t.summary }, language: t.language, source: t.source, view: t.view, text, board: templateBoard(text) };
    }),
  );
  // The team's templates are managed with the server's admin link; without it, the built-in ones.
  if (adminToken() === null) return { builtIn, saved: [], savedError: null };
  let listed;
  try {
    listed = await listSavedTemplates();
  } catch (e) {
    return { builtIn, saved: [], savedError: { listFailed: e } };
  }
  // One unreadable template must not hide the others.
  const settled = await Promise.allSettled(
    listed.map(async (t): Promise<Entry> => {
      const text = await fetchSavedTemplateFile(t.id);
      const board = templateBoard(text);
      const view: Entry['view'] = board.stages.length === 0 && board.strategy.length > 0 ? 'strategy' : 'map';
      return { key: `saved:${t.id}`, name: { text: t.name }, summary: { text: board.meta.title }, language: null, source: null, view, text, board, savedId: t.id };
    }),
  );
  const saved = settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  const failed = settled.length - saved.length;
  return { builtIn, saved, savedError: failed > 0 ? { unreadable: failed } : null };
}

/**
 * "New board": every template with a preview drawn from its own content, its source document,
 * language and size, searchable by name. Choosing one creates a board from it on the server,
 * through the same import as a person's own file.
 */
export function TemplateGallery({ open, onClose }: { open: boolean; onClose(): void }) {
  const t = useT();
  const { locale } = useLocale();
  const [entries, setEntries] = useState<Entries | null>(null);
  const [query, setQuery] = useState('');
  const [busy, setBusy] = useState<string | null>(null);
  // The error as it came: worded when shown, so it follows a change of language.
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    if (!open) return;
    let live = true;
    loadEntries().then(
      (loaded) => live && setEntries(loaded),
      (e: unknown) => live && setError(e),
    );
    return () => {
      live = false;
    };
  }, [open]);

  const choose = async (entry: Entry) => {
    setBusy(entry.key);
    setError(null);
    try {
      const { id } = await importBoard(entry.language === null ? blankInLocale(entry.text, locale) : entry.text);
      navigate(boardPath(id, entry.view));
    } catch (e) {
      setError(e);
      setBusy(null);
    }
  };
  const remove = async (entry: Entry) => {
    if (!entry.savedId) return;
    try {
      await deleteSavedTemplate(entry.savedId);
      setEntries((current) => current && { ...current, saved: current.saved.filter((e) => e.key !== entry.key) });
    } catch (e) {
      setError(e);
    }
  };

  const matches = (entry: Entry) => said(entry.name, t).toLowerCase().includes(query.trim().toLowerCase());
  const builtIn = entries?.builtIn.filter(matches) ?? [];
  const saved = entries?.saved.filter(matches) ?? [];
  return (
    <Dialog.Root open={open} onOpenChange={(next) => !next && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog__overlay" />
        <Dialog.Content className="dialog gallery">
          <div className="gallery__head">
            <Dialog.Title className="dialog__title">{t('gallery.title')}</Dialog.Title>
            <input className="gallery__search" type="search" placeholder={t('gallery.search')} aria-label={t('gallery.search')} value={query} onChange={(e) => setQuery(e.target.value)} />
            <Dialog.Close className="button button--quiet">{t('common.close')}</Dialog.Close>
          </div>
          <Dialog.Description className="dialog__text">{t('gallery.description')}</Dialog.Description>
          {error !== null && (
            <p className="banner" role="alert">
              {errorText(error, t)}
            </p>
          )}
          <div className="gallery__body" aria-busy={entries === null}>
            {entries === null && error === null && <p className="gallery__loading">{t('gallery.loading')}</p>}
            {entries && (
              <>
                <TemplateSection title={t('gallery.builtIn')} entries={builtIn} busy={busy} onChoose={choose} />
                {(saved.length > 0 || entries.savedError) && <TemplateSection title={t('gallery.saved')} entries={saved} busy={busy} onChoose={choose} onDelete={remove} />}
                {entries.savedError && (
                  <p className="banner">
                    {'listFailed' in entries.savedError
                      ? t('gallery.savedFailed', { reason: errorText(entries.savedError.listFailed, t) })
                      : t('gallery.savedUnreadable', { count: entries.savedError.unreadable })}
                  </p>
                )}
                {builtIn.length + saved.length === 0 && <p className="gallery__loading">{t('gallery.noMatch', { query })}</p>}
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
  const t = useT();
  if (entries.length === 0) return null;
  return (
    <section className="gallery__section" aria-label={title}>
      <h3 className="gallery__section-title">{title}</h3>
      <ul className="gallery__grid">
        {entries.map((entry) => {
          const name = said(entry.name, t);
          return (
            <li key={entry.key} className="template-card">
              <button className="template-card__choose" onClick={() => onChoose(entry)} disabled={busy !== null} aria-label={t('gallery.use', { name })}>
                <TemplatePreview board={entry.board} view={entry.view} />
                <span className="template-card__name">{busy === entry.key ? t('gallery.creating') : name}</span>
                <span className="template-card__summary">{said(entry.summary, t)}</span>
                <span className="template-card__meta">{[entry.language && LOCALE_NAMES[entry.language], templateSize(entry.board, t)].filter(Boolean).join(' · ')}</span>
                {entry.source && <span className="template-card__source">{sourceText(entry.source, t)}</span>}
              </button>
              {onDelete && (
                <button className="template-card__delete" aria-label={t('gallery.delete', { name })} onClick={() => onDelete(entry)}>
                  ×
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** A name or summary from the catalogue, or one a person wrote, as it is to be shown. */
function said(text: { id: MessageId } | { text: string }, t: Translate): string {
  return 'id' in text ? t(text.id) : text.text;
}

/** "From the online board “Chrystals Customer journey map” by Leah Murimi": the document by what it is. */
function sourceText({ title, kind, by }: SourceDocument, t: Translate): string {
  return by ? t('gallery.sourceBy', { kind, title, by }) : t('gallery.source', { kind, title });
}
