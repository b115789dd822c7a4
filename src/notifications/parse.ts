import type { CommsNotifications } from '../../generated/index.js';
import { NotificationParseError, describeThrown } from '../errors.js';
import { resourceOf } from '../resources.js';
import { validate } from '../validate.js';

export interface NotificationParseLimits {
  /** Largest body accepted, in UTF-8 bytes. Default 1 MiB. */
  maxBytes?: number;
  /** Deepest nesting of arrays/objects accepted (the top-level object is depth 1). Default 32. */
  maxDepth?: number;
  /** Longest array accepted (`value`, an array `resourceData`). Default 1000. */
  maxItems?: number;
}

export const DEFAULT_NOTIFICATION_LIMITS: Readonly<Required<NotificationParseLimits>> = /* @__PURE__ */ Object.freeze({
  maxBytes: 1024 * 1024,
  maxDepth: 32,
  maxItems: 1000,
});

const utf8 = /* @__PURE__ */ new TextDecoder('utf-8', { fatal: true });
// Graph varies what it puts in resourceData (subCode for subcode, codes as strings, null ids): read it leniently.
const LENIENT = ['resourceData'] as const;

/**
 * Parses and checks a callback body (raw text, raw bytes, or a value a body parser already produced) as
 * commsNotifications. Throws only NotificationParseError, whose `path` is the JSON pointer of the first bad place.
 */
export function parseCommsNotifications(body: string | Uint8Array | unknown, limits: NotificationParseLimits = {}): CommsNotifications {
  const maxBytes = limit(limits.maxBytes, 'maxBytes');
  const maxDepth = limit(limits.maxDepth, 'maxDepth');
  const maxItems = limit(limits.maxItems, 'maxItems');

  let value: unknown;
  if (isRawBody(body)) {
    const text = toText(body, maxBytes);
    // JSON.parse itself would happily build a 10,000-deep structure; refuse it from the raw text first.
    const tooDeep = openerBeyondDepth(text, maxDepth);
    if (tooDeep >= 0) throw new NotificationParseError(pointerAt(text, tooDeep), `nested deeper than ${maxDepth} levels`);
    try {
      value = JSON.parse(text);
    } catch (e) {
      throw new NotificationParseError('', `not JSON (${(e as Error).message})`);
    }
  } else {
    const tooDeep = valueBeyondDepth(body, maxDepth, 1, '');
    if (tooDeep !== undefined) throw new NotificationParseError(tooDeep, `nested deeper than ${maxDepth} levels`);
    value = body;
  }

  let result: ReturnType<typeof validate>;
  try {
    result = validate('CommsNotifications', value, { maxDepth, maxItems, lenientMembers: LENIENT });
  } catch (e) {
    // A getter or Proxy trap of a pre-parsed body that throws only when read a second time.
    throw unreadable('', e);
  }
  if (!result.ok) throw new NotificationParseError(result.path, result.message);
  return result.value as CommsNotifications;
}

/**
 * Reads `{callId, operationId}` from a resource path or URL ending in `/calls/{callId}/operations/{operationId}`,
 * as found in a notification's `resource`/`resourceUrl` or an entity's `@odata.id`. Ids are returned as sent.
 */
export function operationIdFromResource(resource: string): { callId: string; operationId: string } | undefined {
  const ref = resourceOf(resource);
  return ref?.kind === 'operation' ? { callId: ref.callId, operationId: ref.operationId! } : undefined;
}

/** A body value that could not even be looked at: a getter or Proxy trap threw. */
const unreadable = (path: string, e: unknown) => new NotificationParseError(path, `cannot be read (${describeThrown(e)})`, { cause: e });

/** Text or bytes to parse, rather than a value a body parser already produced. */
function isRawBody(body: unknown): body is string | Uint8Array | ArrayBuffer {
  try {
    // instanceof asks a Proxy's getPrototypeOf trap, which may throw.
    return typeof body === 'string' || body instanceof Uint8Array || body instanceof ArrayBuffer;
  } catch (e) {
    throw unreadable('', e);
  }
}

function limit(value: number | undefined, name: keyof NotificationParseLimits): number {
  if (value === undefined) return DEFAULT_NOTIFICATION_LIMITS[name];
  if (!Number.isSafeInteger(value) || value < 1) throw new RangeError(`limits.${name} must be a positive integer`);
  return value;
}

function toText(body: string | Uint8Array | ArrayBuffer, maxBytes: number): string {
  if (typeof body === 'string') {
    // A string never has fewer UTF-8 bytes than UTF-16 units, so the length alone refuses huge bodies without a scan.
    const bytes = body.length > maxBytes ? body.length : utf8Length(body);
    if (bytes > maxBytes) throw new NotificationParseError('', `body is larger than ${maxBytes} bytes`);
    return body.charCodeAt(0) === 0xfeff ? body.slice(1) : body;
  }
  const bytes = body instanceof Uint8Array ? body : new Uint8Array(body);
  if (bytes.byteLength > maxBytes) throw new NotificationParseError('', `body is larger than ${maxBytes} bytes`);
  try {
    return utf8.decode(bytes); // drops a leading BOM
  } catch {
    throw new NotificationParseError('', 'body is not valid UTF-8');
  }
}

/** Index of the first `[`/`{` (outside strings) that opens a level deeper than maxDepth, or -1. */
function openerBeyondDepth(text: string, maxDepth: number): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) i = closingQuote(text, i);
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > maxDepth) return i;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return -1;
}

/**
 * Index of the quote that ends the string opened at `open`, or text.length. Found by indexOf rather than char by
 * char (most of a payload is strings); a quote behind an odd run of backslashes is escaped. Each run is looked
 * back over once, so the whole scan stays linear.
 */
function closingQuote(text: string, open: number): number {
  for (let q = text.indexOf('"', open + 1); q !== -1; q = text.indexOf('"', q + 1)) {
    let backslashes = 0;
    while (text.charCodeAt(q - 1 - backslashes) === 0x5c) backslashes++;
    if (backslashes % 2 === 0) return q;
  }
  return text.length;
}

/** JSON pointer of the value starting at `end`, read from the (possibly malformed) text before it. Error path only. */
function pointerAt(text: string, end: number): string {
  const frames: { object: boolean; index: number; key: string; expectKey: boolean }[] = [];
  for (let i = 0; i < end; i++) {
    const c = text[i];
    const top = frames[frames.length - 1];
    if (c === '"') {
      const start = i;
      for (i++; i < end && text[i] !== '"'; i++) if (text[i] === '\\') i++;
      if (top?.object && top.expectKey) {
        top.key = decodeJsonString(text.slice(start, i + 1));
        top.expectKey = false;
      }
    } else if (c === '[' || c === '{') frames.push({ object: c === '{', index: 0, key: '', expectKey: c === '{' });
    else if (c === ']' || c === '}') frames.pop();
    else if (c === ',' && top) {
      top.index++;
      top.expectKey = top.object;
    }
  }
  return frames.map((f) => pointerSegment(f.object ? f.key : String(f.index))).join('');
}

function decodeJsonString(raw: string): string {
  try {
    return JSON.parse(raw) as string;
  } catch {
    return raw.slice(1, -1);
  }
}

function pointerSegment(key: string): string {
  return `/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
}

/**
 * For an already-parsed body at `path`: pointer of the first container deeper than maxDepth (also stops cycles),
 * if any. Every member is read here, so a getter or Proxy trap that throws is refused at its container's pointer.
 */
function valueBeyondDepth(value: unknown, maxDepth: number, depth: number, path: string): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  if (depth > maxDepth) return path;
  let entries: [string, unknown][];
  try {
    // Array.from visits holes (a hand-built sparse array), which map() would skip and leave undefined.
    entries = Array.isArray(value) ? Array.from(value, (v, i): [string, unknown] => [String(i), v]) : Object.entries(value);
  } catch (e) {
    throw unreadable(path, e);
  }
  for (const [key, child] of entries) {
    const inner = valueBeyondDepth(child, maxDepth, depth + 1, path + pointerSegment(key));
    if (inner !== undefined) return inner;
  }
  return undefined;
}

/** UTF-8 length of a string, counted without Buffer (which a browser does not have) and without encoding it. */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4; // a surrogate pair is one code point of four bytes
      i++;
    } else bytes += 3; // a lone surrogate is written as U+FFFD, three bytes
  }
  return bytes;
}
