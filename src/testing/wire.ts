// Graph's wire manners, as the fake Graph keeps them: the OData error body, the correlation headers, and the
// checks Graph makes on a request before it runs anything (bearer token, client-request-id, Content-Type, body).
// Kept apart from the server so the rules can be read, and changed, in one place.
import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders, IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import type { ValidationSchema } from '../contract.js';
import { validateSchema } from '../validate.js';

export const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** The largest request body read; a larger one is refused with 413 (and drained, so the client sees the 413). */
export const MAX_BODY_BYTES = 64 * 1024;
/** What Graph actually sends for entity bodies; clients must not compare Content-Type for equality. */
export const ODATA_JSON = 'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8';
/** Graph's limit on `clientContext` (its CSDL description; the schema itself has no maxLength). */
export const MAX_CLIENT_CONTEXT = 256;

export interface Correlation {
  requestId: string;
  clientRequestId: string;
}

/** A refusal: the status, OData code and message the fake answers with. */
export interface Problem {
  status: number;
  code: string;
  message: string;
  headers?: OutgoingHttpHeaders;
  /** OData error details; `target` is a JSON pointer into the request body. */
  details?: { code: string; message: string; target: string }[];
}

// Graph echoes the caller's client-request-id; without one it reuses its own request-id there.
export function correlate(headers: IncomingHttpHeaders): Correlation {
  const requestId = randomUUID();
  const sent = headers['client-request-id'];
  return { requestId, clientRequestId: typeof sent === 'string' && sent !== '' ? sent : requestId };
}

export function correlationHeaders(c: Correlation): OutgoingHttpHeaders {
  return { 'request-id': c.requestId, 'client-request-id': c.clientRequestId };
}

const CODES: Record<number, string> = {
  400: 'BadRequest',
  401: 'InvalidAuthenticationToken',
  403: 'Forbidden',
  404: 'itemNotFound',
  405: 'MethodNotAllowed',
  409: 'Conflict',
  413: 'RequestEntityTooLarge',
  415: 'UnsupportedMediaType',
  429: 'TooManyRequests',
  500: 'generalException',
  501: 'NotImplemented',
  502: 'BadGateway',
  503: 'serviceNotAvailable',
  504: 'GatewayTimeout',
};

export function defaultCode(status: number): string {
  return CODES[status] ?? 'UnknownError';
}

export function errorBody(code: string, message: string, c: Correlation, details?: Problem['details']): string {
  // Graph's innerError date has no fraction and no zone designator.
  const date = new Date().toISOString().slice(0, 19);
  const innerError = { date, 'request-id': c.requestId, 'client-request-id': c.clientRequestId };
  return JSON.stringify({ error: details ? { code, message, details, innerError } : { code, message, innerError } });
}

export function sendProblem(res: ServerResponse, p: Problem, c: Correlation): void {
  const body = errorBody(p.code, p.message, c, p.details);
  res.writeHead(p.status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body), ...correlationHeaders(c), ...p.headers });
  res.end(body);
}

/** A 2xx answer: a JSON body (Graph's OData content type), or none. */
export function sendAnswer(res: ServerResponse, status: number, body: unknown, headers: OutgoingHttpHeaders): void {
  if (body === undefined) {
    res.writeHead(status, { ...headers, 'Content-Length': 0 });
    res.end();
    return;
  }
  const text = JSON.stringify(body);
  res.writeHead(status, { ...headers, 'Content-Type': ODATA_JSON, 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

const bad = (message: string, details?: Problem['details']): Problem => ({ status: 400, code: 'BadRequest', message, ...(details ? { details } : {}) });
export const notFound = (message: string): Problem => ({ status: 404, code: 'itemNotFound', message });

export function checkAuthorization(headers: IncomingHttpHeaders, accept: (token: string) => boolean): Problem | undefined {
  const value = headers.authorization;
  const match = /^Bearer +(\S+) *$/i.exec(value ?? '');
  const problem = (message: string): Problem => ({ status: 401, code: 'InvalidAuthenticationToken', message, headers: { 'WWW-Authenticate': 'Bearer' } });
  if (value === undefined || value === '') return problem('Access token is empty.');
  if (!match) return problem('Authorization header is not a Bearer token.');
  if (!accept(match[1]!)) return problem('Access token validation failure.');
  return undefined;
}

export function checkClientRequestId(headers: IncomingHttpHeaders): Problem | undefined {
  const value = headers['client-request-id'];
  if (value === undefined) return undefined;
  // Node joins a repeated header with ", ", so a duplicate fails the GUID test too.
  if (typeof value !== 'string' || !GUID.test(value)) return bad(`client-request-id '${String(value)}' is not a GUID.`);
  return undefined;
}

export function checkContentType(headers: IncomingHttpHeaders): Problem | undefined {
  const value = headers['content-type'] ?? '';
  const [type, ...params] = value.split(';').map((s) => s.trim().toLowerCase());
  const charset = params.find((p) => p.startsWith('charset='))?.slice('charset='.length).replace(/"/g, '');
  if (type === 'application/json' && (charset === undefined || charset === 'utf-8')) return undefined;
  return { status: 415, code: 'UnsupportedMediaType', message: `Content-Type '${value}' is not supported; send application/json.` };
}

/** The first MAX_BODY_BYTES + 1 bytes of a request body, and its whole size. */
export async function readBody(req: IncomingMessage): Promise<{ bytes: Buffer; size: number }> {
  const kept: Buffer[] = [];
  let size = 0;
  // Keep draining past the limit so the 413 reaches a client that is still uploading.
  for await (const chunk of req as AsyncIterable<Buffer>) {
    if (size <= MAX_BODY_BYTES) kept.push(chunk.subarray(0, MAX_BODY_BYTES + 1 - size));
    size += chunk.length;
  }
  return { bytes: Buffer.concat(kept), size };
}

/** What the route says of its body: none, or a schema (required or not). */
export interface BodyRule {
  name: string;
  schema?: ValidationSchema;
  required?: boolean;
}

/** Decodes, parses and checks a request body against its route's schema; the parsed value on success. */
export function checkBody(rule: BodyRule, bytes: Buffer, size: number): Problem | { value: unknown } {
  if (size > MAX_BODY_BYTES) return { status: 413, code: 'RequestEntityTooLarge', message: `Request body of ${size} bytes exceeds ${MAX_BODY_BYTES}.` };
  if (rule.schema === undefined) return size === 0 ? { value: undefined } : bad(`'${rule.name}' takes no request body.`);
  if (size === 0) return rule.required ? bad(`Empty request payload; '${rule.name}' expects a JSON object.`) : { value: undefined };
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (e) {
    return bad(`Unable to read JSON request payload: ${(e as Error).message}`);
  }
  const checked = validateSchema(rule.schema, value);
  if (!checked.ok) {
    const target = checked.path || '/';
    return bad(`Invalid request payload at '${target}': ${checked.message}.`, [{ code: 'InvalidRequestPayload', message: checked.message, target }]);
  }
  const context = (value as { clientContext?: unknown }).clientContext;
  if (typeof context === 'string' && context.length > MAX_CLIENT_CONTEXT) return bad(`clientContext exceeds the maximum length of ${MAX_CLIENT_CONTEXT} characters.`);
  return { value };
}

/** Graph writes GUIDs in notification resource paths upper-case without dashes; other ids stay path-encoded. */
export function notificationId(id: string): string {
  return GUID.test(id) ? id.replace(/-/g, '').toUpperCase() : encodeURIComponent(id);
}
