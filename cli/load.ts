// Loading what the commands share: settings, a pack and its extensions, from files.
import { readFile } from 'node:fs/promises';
import { errorText } from '../shared/core/model/result';
import {
  applyDocumentPack,
  checkDocumentPack,
  checkSettings,
  DEFAULT_SETTINGS,
  defaultPack,
  parseJsonText,
  parsePackText,
  type Pack,
  type Problem,
  type Settings,
} from '../shared/core/index';

export class ProblemsError extends Error {
  constructor(
    readonly file: string,
    readonly problems: Problem[],
  ) {
    super(
      `${file} has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.map((p) => `  ${p.path}: ${p.message}`).join('\n')}`,
    );
  }
}

export async function readText(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    throw new Error(
      `cannot read ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : errorText(error)}`,
    );
  }
}

export async function loadSettings(file: string | undefined): Promise<Settings> {
  if (!file) return DEFAULT_SETTINGS;
  const json = parseJsonText(await readText(file));
  if (!json.ok) throw new ProblemsError(file, json.error);
  const result = checkSettings(json.value);
  if (!result.ok) throw new ProblemsError(file, result.error);
  return result.value;
}

export async function loadPack(file: string | undefined, extensions: string[]): Promise<Pack> {
  let pack: Pack;
  if (file) {
    const result = parsePackText(await readText(file));
    if (!result.ok) throw new ProblemsError(file, result.error);
    pack = result.value;
  } else {
    pack = defaultPack();
  }
  for (const ext of extensions) {
    const json = parseJsonText(await readText(ext));
    if (!json.ok) throw new ProblemsError(ext, json.error);
    const checked = checkDocumentPack(json.value);
    if (!checked.ok) throw new ProblemsError(ext, checked.error);
    const merged = applyDocumentPack(pack, checked.value);
    if (!merged.ok) throw new ProblemsError(ext, merged.error);
    pack = merged.value;
  }
  return pack;
}
