import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateDataset } from '../dataset/validateDataset';
import { importDataset, type ImportSummary } from '../dataset/importDataset';
import type { Store } from '../store/openDatabase';
import type { Clock } from '../calendar/clock';

// The demo pharmacy is an ordinary dataset document (resources/demo-pharmacy.json), imported like any other.
export function openDemoPharmacy(store: Store, resourcesFolder: string, clock: Clock): ImportSummary {
  const file = join(resourcesFolder, 'demo-pharmacy.json');
  const result = validateDataset(JSON.parse(readFileSync(file, 'utf8')));
  if (!result.ok) {
    // A broken demo file is a packaging bug, not user input: say exactly where.
    throw new Error(`The demo pharmacy in ${file} is not valid: ${result.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  }
  return importDataset(store, result.dataset, clock);
}
