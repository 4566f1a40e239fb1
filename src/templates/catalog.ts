/**
 * The built-in templates: Journeyboard files in this folder, each taken from one of the source
 * documents (tests/fixtures/seeds). Their text is loaded only when the gallery opens, and it is
 * read by the same readBoardFile as a file a person imports.
 */
export interface BuiltInTemplate {
  id: string;
  name: string;
  summary: string;
  language: string;
  /** The source document the content is taken from, word for word. */
  document: string | null;
  /** The view a new board from it opens in. */
  view: 'map' | 'strategy';
  load(): Promise<string>;
}

const FILES = import.meta.glob<string>('./*.json', { query: '?raw', import: 'default' });

function loader(id: string): () => Promise<string> {
  const load = FILES[`./${id}.json`];
  if (!load) throw new Error(`No template file ${id}.json`);
  return load;
}

const ENTRIES: Omit<BuiltInTemplate, 'load'>[] = [
  { id: 'blank-journey-map', name: 'Blank journey map', summary: 'Start from an empty map: add stages, lanes and cards.', language: 'English', document: null, view: 'map' },
  {
    id: 'lighting-project',
    name: 'Lighting project: first sales visit to two years after delivery',
    summary: 'A B2B journey of a maker of designer lamps: six phases on a timeline, every step with its description.',
    language: 'English',
    document: '000_4a488e6aee33bec3.txt',
    view: 'map',
  },
  {
    id: 'b2b-nine-phases',
    name: 'B2B customer journey in nine phases',
    summary: 'Nine phases with their definitions, and lanes for the internal owner and for up-sell and cross-sell.',
    language: 'English',
    document: '001_8d5da5f2fd3f174f.txt',
    view: 'map',
  },
  {
    id: 'chrystals',
    name: 'Chrystals customer journey map',
    summary: 'Five stages from awareness to advocacy, with their touchpoints and CX follow-ups.',
    language: 'English',
    document: '002_46bd654231a0400f.txt',
    view: 'map',
  },
  {
    id: 'strategy-canvas-blank',
    name: 'Customer Experience Strategy Canvas',
    summary: 'The blank canvas: twelve steps in fill order, each section with its prompt.',
    language: 'English',
    document: '003_ae113ebcb7fb094d.txt',
    view: 'strategy',
  },
  {
    id: 'strategy-canvas-furn-co',
    name: 'Strategy Canvas: the Furn. Co example',
    summary: 'Every section filled for Furn. Co, a furniture retailer in Australia.',
    language: 'English',
    document: '003_ae113ebcb7fb094d.txt',
    view: 'strategy',
  },
  {
    id: 'building-materials-lifecycle',
    name: '建材卫浴 customer lifecycle',
    summary: '客户生命周期: five stages with their strategies and touchpoints, and the closed feedback loop.',
    language: '中文',
    document: '004_1c42fff6d621205f.txt',
    view: 'map',
  },
];

export const BUILT_IN_TEMPLATES: readonly BuiltInTemplate[] = ENTRIES.map((template) => ({ ...template, load: loader(template.id) }));
