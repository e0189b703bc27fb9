/**
 * Import and export of everything the reader set, as one JSON file. Pure. An import goes through
 * the same migrations and validation as stored data, so an old or hand-edited file loses nothing
 * that can be read, and says what it could not.
 */
import { readSettings } from './migrations.ts';
import { SETTINGS_VERSION, checkUserRules, type Problem, type Settings } from './schema.ts';

const EXPORT_FORMAT = 'clearpage-settings';

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: typeof SETTINGS_VERSION;
  exportedAt: string;
  settings: Settings;
  userRules: string;
}

export function exportSettings(settings: Settings, userRules: string, now = new Date()): string {
  const file: ExportFile = { format: EXPORT_FORMAT, version: SETTINGS_VERSION, exportedAt: now.toISOString(), settings, userRules };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export type Imported = { ok: true; settings: Settings; userRules: string; problems: Problem[] } | { ok: false; reason: string };

export function importSettings(text: string): Imported {
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: `This file is not JSON (${error instanceof Error ? error.message : String(error)}).` };
  }
  if (typeof file !== 'object' || file === null || (file as { format?: unknown }).format !== EXPORT_FORMAT) {
    return { ok: false, reason: 'This is not a Clearpage settings file.' };
  }
  const { settings, userRules } = file as { settings?: unknown; userRules?: unknown };
  const readBack = readSettings(settings);
  const rules = checkUserRules(userRules);
  return { ok: true, settings: readBack.value, userRules: rules.value, problems: [...readBack.problems, ...rules.problems] };
}
