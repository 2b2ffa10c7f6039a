// `npm test` step: Electronegativity over the main process, with the Electron version the app ships (no network
// lookup). It fails on any finding above LOW, except the preload check, reviewed: the preload (src-main/preload)
// exposes one function, invoke(channel, input), restricted to the channel table's names, in a sandboxed,
// context-isolated window; every payload is validated again in the main process.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const REVIEWED = new Set(['PRELOAD_JS_CHECK']);
const electronVersion = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).devDependencies.electron;
const folder = mkdtempSync(join(tmpdir(), 'dripline-electronegativity-'));
const report = join(folder, 'findings.csv');
try {
  const run = spawnSync(
    join(root, 'node_modules', '.bin', 'electronegativity'),
    ['-i', join(root, 'src-main'), '-r', '-v', 'false', '-e', electronVersion, '-o', report],
    { cwd: root, encoding: 'utf8' },
  );
  if (run.status !== 0) {
    console.error(run.stdout, run.stderr);
    process.exit(run.status ?? 1);
  }
  const findings = csvRows(readFileSync(report, 'utf8'))
    .slice(1)
    .map(([issue, severity, confidence, file, location]) => ({ issue, severity, confidence, file, location }));
  const failing = findings.filter((f) => f.severity !== 'LOW' && f.severity !== 'INFORMATIONAL' && !REVIEWED.has(f.issue));
  for (const f of findings)
    console.log(
      `${failing.includes(f) ? '✗' : '·'} ${f.issue} ${f.severity}/${f.confidence} ${f.file}:${f.location}${REVIEWED.has(f.issue) ? ' (reviewed)' : ''}`,
    );
  if (failing.length > 0) {
    console.error(`${failing.length} Electronegativity finding(s) above LOW.`);
    process.exit(1);
  }
} finally {
  rmSync(folder, { recursive: true, force: true });
}

/** RFC 4180 rows: quoted fields may hold commas, doubled quotes and line breaks (the report's code samples do). */
function csvRows(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field.trim());
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') endField();
    else if (c === '\n') {
      endField();
      rows.push(row);
      row = [];
    } else if (c !== '\r') field += c;
  }
  if (field !== '' || row.length > 0) {
    endField();
    rows.push(row);
  }
  return rows;
}
