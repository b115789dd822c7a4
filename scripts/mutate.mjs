// `node scripts/mutate.mjs`: plants one bug at a time in the modules the hardening work touched, runs the tests
// that should notice, and reports which bugs the suite killed. Every mutant is a real edit of the working tree,
// undone before the next one (and on any exit). A mutant that no longer applies (its code moved) is an error, so
// the list cannot silently go stale. Not part of `npm test`: it runs the suite once per mutant.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

/** [id, file, what is replaced, its replacement, the test files that should fail] */
const MUTANTS = [
  ['cap on decoded bytes', 'src/response.ts', 'if (size + chunk.byteLength > maxBytes) {', 'if (false) {', ['test/faults/bombs.test.ts', 'test/src/response.test.ts']],
  ['declared length of an encoded body trusted', 'src/response.ts', "!res.headers.get('content-encoding') && ", '', ['test/faults/bombs.test.ts', 'test/src/response.test.ts']],
  ['key server over plain http', 'src/notifications/keys.ts', "if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback(url.hostname))) {", 'if (false) {', ['test/faults/key-server.test.ts', 'test/src/notifications/keys.test.ts']],
  ['key document cap', 'src/notifications/keys.ts', 'const MAX_DOCUMENT_BYTES = 512 * 1024;', 'const MAX_DOCUMENT_BYTES = 2 ** 40;', ['test/faults/key-server.test.ts', 'test/src/notifications/keys.test.ts']],
  ['key redirect to another origin', 'src/notifications/keys.ts', 'if (next.origin !== from.origin) throw', 'if (false) throw', ['test/faults/key-server.test.ts', 'test/src/notifications/keys.test.ts']],
  ['one key per kid', 'src/notifications/verifier.ts', 'if (++tried > MAX_KEY_CANDIDATES) break;', 'if (++tried > 1) break;', ['test/faults/key-server.test.ts', 'test/src/notifications/keys.test.ts', 'test/src/notifications/verifier.test.ts']],
  ['refused sender keeps the socket', 'src/notifications/handler.ts', "if (reply(res, status, body, { ...headers, Connection: 'close' })) res.once('finish', () => req.socket?.destroy());", 'reply(res, status, body, headers);', ['test/faults/hostile-senders.test.ts', 'test/src/notifications/handler.test.ts']],
  ['no body timeout', 'src/notifications/body.ts', 'if (timeoutMs !== Number.POSITIVE_INFINITY) timer =', 'if (false) timer =', ['test/faults/hostile-senders.test.ts', 'test/src/notifications/handler.test.ts']],
  ['duplicates dispatched again', 'src/notifications/handler.ts', 'if (digest !== undefined && ctx.recent!.has(digest)) {', 'if (false) {', ['test/src/notifications/dispatch.test.ts', 'test/src/notifications/handler.test.ts']],
  ['per-call order lost', 'src/notifications/dispatch.ts', 'const tail = Promise.all([previous, ready]).then(() => this.#runAll(group));', 'const tail = ready.then(() => this.#runAll(group));', ['test/src/notifications/dispatch.test.ts']],
  ['no default timeout', 'src/client.ts', "timeoutMs: positiveOption('timeoutMs', options.timeoutMs) ?? DEFAULT_TIMEOUT_MS,", "timeoutMs: positiveOption('timeoutMs', options.timeoutMs),", ['test/src/timeouts.test.ts']],
  ['auth callback failure untyped', 'src/auth.ts', 'throw new AuthenticationError(`the auth callback failed: ${describeThrown(e)}`, { cause: e });', 'throw e;', ['test/src/auth.test.ts', 'test/src/execute.test.ts']],
  ['bad header name sent', 'src/client.ts', 'if (!HEADER_NAME.test(name)) throw', 'if (false) throw', ['test/src/client.test.ts']],
  ["Location of another call", 'src/results.ts', '&& !sameId(named, sent)) throw', '&& false) throw', ['test/src/results.test.ts', 'test/src/client.integration.test.ts']],
  ['dot segments resolved', 'src/location.ts', "if (DOT_SEGMENT.test(location)) throw", 'if (false) throw', ['test/src/results.test.ts', 'test/src/location.test.ts', 'test/property/location.property.test.ts']],
  ['two Locations folded', 'src/location.ts', 'if (JOINED.test(location)) throw', 'if (false) throw', ['test/src/results.test.ts', 'test/src/location.test.ts']],
  ['applicationId on communications dropped', 'src/request.ts', "throw new TypeError('applicationId is not allowed on route \"communications\"');", '// dropped', ['test/src/client.test.ts']],
  ['early finals bound 1,000', 'src/notifications/tracker.ts', 'export const DEFAULT_MAX_PENDING = 10_000;', 'export const DEFAULT_MAX_PENDING = 1_000;', ['test/src/notifications/tracker-bounds.test.ts']],
  ['evictions not counted', 'src/notifications/tracker.ts', 'this.#evicted++;', '', ['test/src/notifications/tracker-bounds.test.ts']],
  ['holes in arrays kept', 'src/validate.ts', "if (!(i in input)) throw new Invalid(pointer(path, i), 'is a hole in a sparse array');", '', ['test/src/validate.test.ts', 'test/property/notifications.property.test.ts']],
  ['ids not percent-encoded', 'src/request.ts', 'return encodeURIComponent(checkId(name, value));', 'return checkId(name, value);', ['test/src/client.wire-ids.test.ts', 'test/src/client.test.ts']],
];

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
