import type Database from 'better-sqlite3';
import type { SavedTemplate } from '../src/file/index.ts';

export interface TemplateStorage {
  listTemplates(): Promise<SavedTemplate[]>;
  /** The template's Journeyboard file, as it was saved. */
  getTemplateFile(id: string): Promise<string | undefined>;
  createTemplate(template: SavedTemplate, file: string): Promise<void>;
  deleteTemplate(id: string): Promise<boolean>;
}

export const TEMPLATES_SCHEMA = `
CREATE TABLE IF NOT EXISTS templates (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  stages INTEGER NOT NULL,
  cards INTEGER NOT NULL,
  strategy_items INTEGER NOT NULL,
  file TEXT NOT NULL
);
`;

interface TemplateRow {
  id: string;
  name: string;
  created_at: number;
  stages: number;
  cards: number;
  strategy_items: number;
}

export function sqliteTemplateStorage(db: Database.Database): TemplateStorage {
  db.exec(TEMPLATES_SCHEMA);
  const list = db.prepare<[], TemplateRow>('SELECT id, name, created_at, stages, cards, strategy_items FROM templates ORDER BY created_at DESC, id');
  const selectFile = db.prepare<[string], { file: string }>('SELECT file FROM templates WHERE id = ?');
  const insert = db.prepare<[string, string, number, number, number, number, string]>(
    'INSERT INTO templates (id, name, created_at, stages, cards, strategy_items, file) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const remove = db.prepare<[string]>('DELETE FROM templates WHERE id = ?');
  return {
    listTemplates: async () =>
      list.all().map((row) => ({ id: row.id, name: row.name, createdAt: row.created_at, stages: row.stages, cards: row.cards, strategyItems: row.strategy_items })),
    getTemplateFile: async (id) => selectFile.get(id)?.file,
    async createTemplate(t, file) {
      insert.run(t.id, t.name, t.createdAt, t.stages, t.cards, t.strategyItems, file);
    },
    deleteTemplate: async (id) => remove.run(id).changes > 0,
  };
}
