// The broken answers the fake Graph can be told to give (enqueue), and the seeded PRNG behind its random failures
// and its other replayable choices.
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { type Correlation, ODATA_JSON, correlationHeaders, defaultCode, errorBody } from './wire.js';

/** One broken answer, given in place of the next request's real one. */
export type Fault =
  | { kind: 'status'; status: number; retryAfter?: string; body?: string; contentType?: string }
  | { kind: 'html500' }
  | { kind: 'reset-before-headers' }
  | { kind: 'reset-after-headers' }
  | { kind: 'hang-headers' }
  | { kind: 'hang-body' }
  | { kind: 'no-location' }
  | { kind: 'location'; location: string }
  | { kind: 'redirect'; status: 307 | 308 | 302; location: string }
  | { kind: 'empty-error'; status: number }
  | { kind: 'truncated-error'; status: number };

/** What a fault needs to know about the request it replaces. */
export interface FaultContext {
  correlation: Correlation;
  /** Set when the request was an action that creates an operation: a fresh (unstored) operation URI for hang-body. */
  location?: string;
  answer: '202' | '200' | '200+location';
  /** Keeps a response that must stay open until the fake closes. */
  hang(res: ServerResponse): void;
}

/** mulberry32: 32-bit state, good enough spread for picking which requests fail, and replayable from a seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let x = Math.imul(state ^ (state >>> 15), state | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** Every `every`th pick (the nth, the 2nth...), or a `rate` share of them from a seeded PRNG: never by timing. */
export type Choice = { every: number } | { rate: number; seed?: number };

export function choiceFailure(name: string, choice: unknown): string | undefined {
  if (choice === undefined) return undefined;
  const c = choice as Partial<{ every: unknown; rate: unknown; seed: unknown }>;
  if (typeof c === 'object' && c !== null && Number.isSafeInteger(c.every) && (c.every as number) > 0 && c.rate === undefined) return undefined;
  if (typeof c === 'object' && c !== null && typeof c.rate === 'number' && c.rate >= 0 && c.rate <= 1 && (c.seed === undefined || Number.isSafeInteger(c.seed))) return undefined;
  return `${name} must be { every: a positive integer } or { rate: 0..1, seed?: an integer }`;
}

/** Says, pick after pick, whether this one is chosen; undefined chooses none. */
export function chooser(choice: Choice | undefined): () => boolean {
  if (choice === undefined) return () => false;
  if ('every' in choice) {
    let n = 0;
    return () => ++n % choice.every === 0;
  }
  const random = seededRandom(choice.seed ?? 1);
  return () => random() < choice.rate;
}

const fakeOperation = JSON.stringify({
  '@odata.type': '#microsoft.graph.cancelMediaProcessingOperation',
  id: '00000000-0000-0000-0000-000000000000',
  status: 'running',
  clientContext: 'truncated-by-fault',
});

function empty(res: ServerResponse, status: number, headers: OutgoingHttpHeaders): void {
  res.writeHead(status, { 'Content-Length': 0, ...headers });
  res.end();
}

// Faults replace the whole answer: no route, auth or body check runs and no operation is stored,
// so a test sees exactly the wire behaviour it asked for.
export function serveFault(req: IncomingMessage, res: ServerResponse, fault: Fault, ctx: FaultContext): void {
  const ids = correlationHeaders(ctx.correlation);
  switch (fault.kind) {
    case 'status': {
      const body = fault.body ?? errorBody(defaultCode(fault.status), `Injected ${fault.status}.`, ctx.correlation);
      const headers: OutgoingHttpHeaders = {
        'Content-Type': fault.contentType ?? 'application/json',
        'Content-Length': Buffer.byteLength(body),
        ...ids,
      };
      if (fault.retryAfter !== undefined) headers['Retry-After'] = fault.retryAfter;
      res.writeHead(fault.status, headers);
      res.end(body);
      return;
    }
    case 'html500': {
      const body = '<!DOCTYPE html><html><head><title>500</title></head><body><h1>Internal Server Error</h1></body></html>';
      res.writeHead(500, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': Buffer.byteLength(body), ...ids });
      res.end(body);
      return;
    }
    case 'reset-before-headers':
      req.socket.destroy();
      return;
    case 'reset-after-headers': {
      // Content-Length promises the whole body, so the cut is a protocol error, not a short but complete body.
      res.writeHead(200, { 'Content-Type': ODATA_JSON, 'Content-Length': Buffer.byteLength(fakeOperation), ...ids });
      res.write(fakeOperation.slice(0, fakeOperation.length >> 1), () => res.socket?.destroy());
      return;
    }
    case 'hang-headers':
      ctx.hang(res);
      return;
    case 'hang-body': {
      const accepted = ctx.location !== undefined && ctx.answer === '202';
      const headers: OutgoingHttpHeaders = { ...ids };
      if (ctx.location !== undefined && ctx.answer !== '200') headers.Location = ctx.location;
      if (!accepted) headers['Content-Type'] = ODATA_JSON;
      res.writeHead(accepted ? 202 : 200, headers);
      res.flushHeaders();
      if (!accepted) res.write(fakeOperation.slice(0, 20));
      ctx.hang(res);
      return;
    }
    case 'no-location':
      empty(res, 202, ids);
      return;
    case 'location':
      empty(res, 202, { ...ids, Location: fault.location });
      return;
    case 'redirect':
      empty(res, fault.status, { ...ids, Location: fault.location });
      return;
    case 'empty-error':
      // A JSON content type with nothing behind it: the case that breaks a naive res.json().
      empty(res, fault.status, { ...ids, 'Content-Type': 'application/json' });
      return;
    case 'truncated-error': {
      const whole = errorBody(defaultCode(fault.status), `Injected ${fault.status}.`, ctx.correlation);
      const cut = whole.slice(0, whole.length >> 1);
      res.writeHead(fault.status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(cut), ...ids });
      res.end(cut);
      return;
    }
  }
}
