// Graph's OData error answers, and the header/body checks Graph makes before it runs the action.
// Kept apart from the server so the rules can be read (and changed) in one place.
import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { validate } from '../../src/validate.js';

export const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const MAX_BODY_BYTES = 64 * 1024;
/** What Graph actually sends for entity bodies; clients must not compare Content-Type for equality. */
export const ODATA_JSON = 'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8';

export interface Correlation {
  requestId: string;
  clientRequestId: string;
}

/** A refusal: the status, OData code and message the stand-in answers with. */
export interface Problem {
  status: number;
  code: string;
  message: string;
  headers?: OutgoingHttpHeaders;
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
  502: 'BadGateway',
  503: 'serviceNotAvailable',
  504: 'GatewayTimeout',
};

export function defaultCode(status: number): string {
  return CODES[status] ?? 'UnknownError';
}

export function errorBody(code: string, message: string, c: Correlation): string {
  // Graph's innerError date has no fraction and no zone designator.
  const date = new Date().toISOString().slice(0, 19);
  return JSON.stringify({
    error: { code, message, innerError: { date, 'request-id': c.requestId, 'client-request-id': c.clientRequestId } },
  });
}

export function sendProblem(res: ServerResponse, p: Problem, c: Correlation): void {
  const body = errorBody(p.code, p.message, c);
  res.writeHead(p.status, {
    'Content-Type': 'application/json',
    'Content-Length': Buffer.byteLength(body),
    ...correlationHeaders(c),
    ...p.headers,
  });
  res.end(body);
}

const bad = (message: string): Problem => ({ status: 400, code: 'BadRequest', message });

export function checkAuthorization(headers: IncomingHttpHeaders, accept: (token: string) => boolean): Problem | undefined {
  const value = headers.authorization;
  const match = /^Bearer +(\S+) *$/i.exec(value ?? '');
  const problem = (message: string): Problem => ({
    status: 401,
    code: 'InvalidAuthenticationToken',
    message,
    headers: { 'WWW-Authenticate': 'Bearer' },
  });
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
  return {
    status: 415,
    code: 'UnsupportedMediaType',
    message: `Content-Type '${value}' is not supported; send application/json.`,
  };
}

// Graph's own rules, kept even if the spec's schema were to open up: action parameters are a closed set,
// and clientContext is capped at 256 characters (CSDL description) though the schema has no maxLength.
const PARAMETERS = new Set(['all', 'clientContext']);

/** Decodes, parses and checks a cancelMediaProcessing body; the parsed value on success. */
export function checkActionBody(bytes: Buffer, size: number): Problem | { value: { all?: boolean; clientContext?: string } } {
  if (size > MAX_BODY_BYTES) {
    return { status: 413, code: 'RequestEntityTooLarge', message: `Request body of ${size} bytes exceeds ${MAX_BODY_BYTES}.` };
  }
  if (size === 0) return bad('Empty request payload; the action expects a JSON object.');
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (e) {
    return bad(`Unable to read JSON request payload: ${(e as Error).message}`);
  }
  const checked = validate('CancelMediaProcessingBody', value);
  if (!checked.ok) return bad(`Invalid request payload at '${checked.path || '/'}': ${checked.message}.`);
  const body = value as { all?: boolean; clientContext?: string };
  const unknown = Object.keys(body).find((k) => !PARAMETERS.has(k));
  if (unknown !== undefined) return bad(`'${unknown}' is not a parameter of action 'cancelMediaProcessing'.`);
  if (body.clientContext !== undefined && body.clientContext.length > 256) {
    return bad('clientContext exceeds the maximum length of 256 characters.');
  }
  return { value: body };
}

/** Graph writes GUIDs in notification resource paths upper-case without dashes; other ids stay path-encoded. */
export function notificationId(id: string): string {
  return GUID.test(id) ? id.replace(/-/g, '').toUpperCase() : encodeURIComponent(id);
}
