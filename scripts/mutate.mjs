// `node scripts/mutate.mjs`: plants one bug at a time in the modules the hardening work touched, runs the tests
// that should notice, and reports which bugs the suite killed. Every mutant is a real edit of the working tree,
// undone before the next one (and on any exit). A mutant that no longer applies (its code moved) is an error, so
// the list cannot silently go stale. Not part of `npm test`: it runs the suite once per mutant.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { MUTANTS } from './mutants.mjs';

const only = process.argv.slice(2);
const originals = new Map();
const restore = () => {
  for (const [file, text] of originals) writeFileSync(file, text);
};
process.on('exit', restore);
process.on('SIGINT', () => process.exit(130));

let killed = 0;
const survived = [];
for (const [id, file, from, to, tests] of MUTANTS) {
  if (only.length && !only.some((o) => id.includes(o))) continue;
  const text = originals.get(file) ?? readFileSync(file, 'utf8');
  originals.set(file, text);
  if (text.split(from).length !== 2) throw new Error(`mutant "${id}" no longer applies: ${file} does not hold exactly one ${JSON.stringify(from)}`);
  writeFileSync(file, text.replace(from, to));
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-timeout=120000', ...tests], { encoding: 'utf8' });
  writeFileSync(file, text);
  const dead = run.status !== 0;
  if (dead) killed++;
  else survived.push(id);
  console.log(`${dead ? 'killed  ' : 'SURVIVED'} ${id} (${file})`);
}
const total = killed + survived.length;
console.log(`mutation score: ${killed}/${total}${survived.length ? `; survived: ${survived.join('; ')}` : ''}`);
process.exitCode = survived.length ? 1 : 0;
