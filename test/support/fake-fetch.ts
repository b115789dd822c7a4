// A scripted WHATWG fetch for unit tests: records every call and answers with the next scripted
// step (a Response, an error to throw, or 'hang' to wait until the request's signal aborts).
import type { FetchLike, FetchRequestInit, FetchResponseLike } from '../../src/types.js';

export interface RecordedCall {
  url: string;
  init: FetchRequestInit;
}

export type Step = Response | Error | 'hang' | ((call: RecordedCall) => Response | Error | 'hang');

export interface FakeFetch {
  fetch: FetchLike;
  calls: RecordedCall[];
  /** Resolves when the fetch has been called `n` times in total. */
  called(n: number): Promise<void>;
}

export function fakeFetch(...steps: Step[]): FakeFetch {
  const calls: RecordedCall[] = [];
  const waiters: { n: number; resolve: () => void }[] = [];
  const fetch: FetchLike = async (url, init) => {
    const call = { url, init: { ...init, headers: { ...init.headers } } };
    calls.push(call);
    for (const w of waiters.filter((w) => calls.length >= w.n)) w.resolve();
    let step = steps.length > 1 ? steps.shift()! : steps[0];
    if (step === undefined) throw new Error('fakeFetch: no step scripted');
    if (typeof step === 'function') step = step(call);
    if (step === 'hang') {
      return new Promise<FetchResponseLike>((_, reject) => {
        const signal = init.signal;
        if (!signal) return;
        signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')), { once: true });
      });
    }
    if (step instanceof Error) throw step;
    // The last step repeats: hand out copies so each call gets an unread body.
    return step.clone();
  };
  return {
    fetch,
    calls,
    called: (n) => (calls.length >= n ? Promise.resolve() : new Promise((resolve) => waiters.push({ n, resolve }))),
  };
}

export const LOC = 'https://graph.microsoft.com/beta/app/calls/call-1/operations/op-1';

export function accepted(location = LOC, headers: Record<string, string> = {}): Response {
  return new Response(null, { status: 202, headers: { Location: location, 'request-id': 'req-1', ...headers } });
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(typeof body === 'string' ? body : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}

export function graphError(status: number, code: string, headers: Record<string, string> = {}): Response {
  return json(status, { error: { code, message: `${code} happened`, innerError: { 'request-id': 'r', date: '2024-01-01T00:00:00' } } }, headers);
}
