// The bugs `node scripts/mutate.mjs` plants, one at a time. Kept apart so that a test can check, on every run, that
// each still applies to exactly one place (a mutant whose code moved would otherwise go stale unnoticed).

/** [id, file, what is replaced, its replacement, the test files that should fail] */
export const MUTANTS = [
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
  ['no default timeout', 'src/client.ts', "options.timeoutMs, positive, 'a positive number', DEFAULT_TIMEOUT_MS)", "options.timeoutMs, positive, 'a positive number', undefined)", ['test/src/timeouts.test.ts']],
  ['auth callback failure untyped', 'src/auth.ts', 'throw new AuthenticationError(`the auth callback failed: ${describeThrown(e)}`, { cause: e });', 'throw e;', ['test/src/auth.test.ts', 'test/src/execute.test.ts']],
  ['bad header name sent', 'src/client.ts', 'if (!HEADER_NAME.test(name)) throw', 'if (false) throw', ['test/src/client.test.ts']],
  ["Location of another call", 'src/results.ts', 'if (!sameId(parsed.callId, result.callId)) throw', 'if (false) throw', ['test/src/results.test.ts', 'test/src/client.integration.test.ts']],
  ['dot segments resolved', 'src/location.ts', "if (DOT_SEGMENT.test(location)) return", 'if (false) return', ['test/src/results.test.ts', 'test/src/location.test.ts', 'test/property/location.property.test.ts']],
  ['two Locations folded', 'src/location.ts', 'if (JOINED.test(location)) return', 'if (false) return', ['test/src/results.test.ts', 'test/src/location.test.ts']],
  ['applicationId on communications dropped', 'src/request.ts', "throw new TypeError('applicationId is not allowed on route \"communications\"');", '// dropped', ['test/src/client.test.ts']],
  ['early finals bound 1,000', 'src/notifications/tracker.ts', 'export const DEFAULT_MAX_PENDING = 10_000;', 'export const DEFAULT_MAX_PENDING = 1_000;', ['test/src/notifications/tracker-bounds.test.ts']],
  ['evictions not counted', 'src/notifications/tracker.ts', 'this.#evicted++;', '', ['test/src/notifications/tracker-bounds.test.ts']],
  ['holes in arrays kept', 'src/validate.ts', "if (!(i in input)) throw new Invalid('is a hole in a sparse array', i);", '', ['test/src/validate.test.ts', 'test/property/notifications.property.test.ts']],
  ['ids not percent-encoded', 'src/request.ts', 'encodeURIComponent((ids[name] as string) = checkId(name, target[name]))', '((ids[name] as string) = checkId(name, target[name]))', ['test/src/client.wire-ids.test.ts', 'test/src/client.test.ts']],
  ['an empty answer holds its socket', 'src/http-fetch.ts', 'if (bodiless) message.resume();', '', ['test/src/http-fetch.test.ts']],
  ['a missed deadline untyped', 'src/http-fetch.ts', "stop(new TimeoutError('The attempt exceeded timeoutMs'))", "stop(new Error('The attempt exceeded timeoutMs'))", ['test/src/http-fetch.deadlines.test.ts']],
  ['a kept deadline reported as a connection failure', 'src/errors.ts', '(e instanceof TimeoutError ? e : new ConnectionError(e))', 'new ConnectionError(e)', ['test/src/http-fetch.deadlines.test.ts']],
  ['a shared timeout outlives its attempts', 'src/platform/attempt-scopes.ts', 'clearTimeout(mine.timer);', '', ['test/src/platform/attempt-scopes.test.ts']],
  ['the usual Location takes any id', 'src/results.ts', '}operations/`) && isGuid(id)) {', '}operations/`)) {', ['test/src/results.test.ts']],
  ['the usual Location of any call', 'src/results.ts', 'if (location.startsWith(`${url.slice(0, at)}operations/`) && isGuid(id)) {', 'if (isGuid(id)) {', ['test/src/results.test.ts']],
  ["a shared member filled in otherwise than it was left out", 'codegen/postprocess/defaults.ts', "code: 'statuses: d.locationNamesOperation ? [200, 202] : [202]'", "code: 'statuses: [202]'", ['test/codegen/postprocess.test.ts']],
];
