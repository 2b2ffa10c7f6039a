// `npm test` step: Electronegativity over the main process, with the Electron version the app ships (no network
// lookup), through its programmatic API (its CSV report is not stable enough to parse). It fails on any finding
// above LOW, except the preload check, reviewed: the preload (src-main/preload) exposes one function,
// invoke(channel, input), restricted to the channel table's names, in a sandboxed, context-isolated window; every
// payload is validated again in the main process.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));
const run = require('@doyensec/electronegativity');
const REVIEWED = new Set(['PRELOAD_JS_CHECK']);
const ACCEPTED_SEVERITIES = new Set(['INFORMATIONAL', 'LOW']);
const electronVersion = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).devDependencies.electron;

const { issues, errors } = await run({ input: join(root, 'src-main'), electronVersionOverride: electronVersion, isRelative: true });
for (const error of errors ?? []) console.warn(`· could not parse ${error.file ?? ''}: ${error.message ?? String(error)}`);
const failing = issues.filter((i) => !ACCEPTED_SEVERITIES.has(i.severity.name) && !REVIEWED.has(i.id));
for (const i of issues) {
  const where = `${i.file}:${i.location?.line ?? '?'}:${i.location?.column ?? '?'}`;
  console.log(
    `${failing.includes(i) ? '✗' : '·'} ${i.id} ${i.severity.name}/${i.confidence.name} ${where}${REVIEWED.has(i.id) ? ' (reviewed)' : ''}`,
  );
}
if (failing.length > 0) {
  console.error(`${failing.length} Electronegativity finding(s) above LOW.`);
  process.exit(1);
}
