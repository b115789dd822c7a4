// Shared pieces of the fault tests: a loopback server that only records what reaches it (the "other host"
// that must never see a token), the handle census that proves a case left nothing open, and the check that
// an error is one of the SDK's own typed errors.
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as errors from '../../src/errors.js';

export interface RecordingServer {
  origin: string;
  requests: { method: string; url: string; headers: IncomingHttpHeaders }[];
  close(): Promise<void>;
}

/** Answers every request 200 `{}` and remembers it. */
export async function startRecorder(): Promise<RecordingServer> {
  const requests: RecordingServer['requests'] = [];
  const server = createServer((req, res) => {
    requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers });
    req.resume();
    res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': 2 });
    res.end('{}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve())));
    },
  };
}

// Kinds that would keep the process alive if a case left one behind. Pipes (the runner's stdio) are not ours.
const WATCHED = new Set(['TCPSocketWrap', 'TCPServerWrap', 'ConnectWrap', 'Timeout']);

export type Census = Record<string, number>;

export function census(): Census {
  const counts: Census = {};
  // Zero counts are left out so that censuses compare with deepEqual.
  for (const kind of process.getActiveResourcesInfo()) if (WATCHED.has(kind)) counts[kind] = (counts[kind] ?? 0) + 1;
  return counts;
}

/**
 * The census once the handles a case closed have really gone: a closed socket or server leaves the list on a
 * later turn of the event loop, so this gives it a bounded number of turns (no clock involved) to get back to
 * `expected`, and returns whatever it sees last.
 */
export async function settledCensus(expected: Census, turns = 200): Promise<Census> {
  let now = census();
  for (let i = 0; i < turns && !sameCensus(now, expected); i++) {
    await new Promise<void>((resolve) => setImmediate(resolve));
    now = census();
  }
  return now;
}

export function sameCensus(a: Census, b: Census): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) if ((a[k] ?? 0) !== (b[k] ?? 0)) return false;
  return true;
}

const TYPED = (Object.values(errors) as unknown[]).filter(
  (v): v is abstract new (...args: never[]) => Error => typeof v === 'function' && v.prototype instanceof Error,
);

/** True when `e` is an instance of one of the classes src/errors.ts exports. */
export function isSdkError(e: unknown): boolean {
  return TYPED.some((C) => e instanceof C);
}

/** A one-line description of a rejection, for assertion messages. */
export function describeError(e: unknown): string {
  if (!(e instanceof Error)) return `non-Error ${String(e)}`;
  const code = (e as { code?: unknown }).code;
  const cause = (e as { cause?: { code?: unknown; message?: unknown } }).cause;
  return `${e.constructor.name}(name=${e.name}${code ? `, code=${String(code)}` : ''}): ${e.message}${cause ? ` [cause ${String(cause.code ?? cause.message)}]` : ''}`;
}
