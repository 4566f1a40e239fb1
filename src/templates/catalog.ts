import type { Locale, MessageId } from '../i18n/index.ts';

/**
 * The built-in templates: Journeyboard files in this folder, each taken from one of the source
 * documents (tests/fixtures/seeds). Their text is loaded only when the gallery opens, and it is
 * read by the same readBoardFile as a file a person imports.
 */
export interface BuiltInTemplate {
  id: string;
  /** The gallery's name and one-line summary of it, in the interface's language. */
  name: MessageId;
  summary: MessageId;
  /** The language of its content, which is the source document's and is never translated; null for a blank one. */
  language: Locale | null;
  /** The document its content is taken from, word for word; null for a blank one. */
  source: SourceDocument | null;
  /** The view a new board from it opens in. */
  view: 'map' | 'strategy';
  load(): Promise<string>;
}

/** A source document as a person would name it: its own title, what kind of document it is, and whose. */
export interface SourceDocument {
  /** Its title, as the document gives it (the file's `source.document` says the same). */
  title: string;
  kind: 'outline' | 'article' | 'board' | 'slides';
  /** Its author or publisher, where the document names one. */
  by?: string;
}

const FILES = import.meta.glob<string>('./*.json', { query: '?raw', import: 'default' });

function loader(id: string): () => Promise<string> {
  const load = FILES[`./${id}.json`];
  if (!load) throw new Error(`No template file ${id}.json`);
  return load;
}

const LIGHTING: SourceDocument = { title: 'Customer Journey: From First Sales Visit to 2 Years After Delivery', kind: 'outline' };
const NINE_PHASES: SourceDocument = { title: 'The Customer Journey', kind: 'article' };
const CHRYSTALS: SourceDocument = { title: 'Chrystals Customer journey map', kind: 'board', by: 'Leah Murimi' };
const STRATEGY_CANVAS: SourceDocument = { title: 'Customer Experience Strategy Canvas', kind: 'slides', by: 'Cust. Core, 2015' };
const BUILDING_MATERIALS: SourceDocument = { title: '优化建材卫浴业务流程:客户生命周期各阶段的应对策略', kind: 'article' };

const ENTRIES = [
  { id: 'blank-journey-map', language: null, source: null, view: 'map' },
  { id: 'lighting-project', language: 'en', source: LIGHTING, view: 'map' },
  { id: 'b2b-nine-phases', language: 'en', source: NINE_PHASES, view: 'map' },
  { id: 'chrystals', language: 'en', source: CHRYSTALS, view: 'map' },
  { id: 'strategy-canvas-blank', language: null, source: STRATEGY_CANVAS, view: 'strategy' },
  { id: 'strategy-canvas-furn-co', language: 'en', source: STRATEGY_CANVAS, view: 'strategy' },
  { id: 'building-materials-lifecycle', language: 'zh', source: BUILDING_MATERIALS, view: 'map' },
] as const satisfies readonly { id: string; language: Locale | null; source: SourceDocument | null; view: 'map' | 'strategy' }[];

export const BUILT_IN_TEMPLATES: readonly BuiltInTemplate[] = ENTRIES.map((template) => ({
  ...template,
  name: `gallery.template.${template.id}.name` as const,
  summary: `gallery.template.${template.id}.summary` as const,
  load: loader(template.id),
}));
