// Ids end up as single path segments of a Graph URL. Anything that could change which resource the
// URL names (a separator, a dot segment, a query or fragment start) is refused before a request is built.

// Separators, and C0/C1 controls and DEL: they have no business in an id and some proxies split on them.
const FORBIDDEN = /[/?#\\\u0000-\u001f\u007f-\u009f]/;

/** Why `value` cannot be a path-segment id, or undefined when it can. */
export function idProblem(value: unknown): string | undefined {
  if (value === undefined) return 'is required';
  if (typeof value !== 'string') return `must be a string, got ${value === null ? 'null' : typeof value}`;
  if (value === '') return 'must not be empty';
  if (value === '.' || value === '..') return `must not be the dot segment "${value}"`;
  if (FORBIDDEN.test(value)) return 'must not contain "/", "?", "#", "\\" or control characters';
  try {
    // A lone surrogate cannot be UTF-8 encoded: this is where it would fail later.
    encodeURIComponent(value);
  } catch {
    return 'must not contain unpaired surrogates';
  }
  return undefined;
}

/** Returns `value` unchanged when it is a usable id; otherwise throws a TypeError naming `name`. */
export function checkId(name: string, value: unknown): string {
  const problem = idProblem(value);
  if (problem !== undefined) throw new TypeError(`${name} ${problem}`);
  return value as string;
}

/** One path segment: the id, checked and percent-encoded. */
export function encodeId(name: string, value: unknown): string {
  return encodeURIComponent(checkId(name, value));
}

// A GUID with all its dashes or none (Graph writes call and operation ids both ways), in any case.
const GUID = /^[0-9a-f]{8}(-?)(?:[0-9a-f]{4}\1){3}[0-9a-f]{12}$/i;

/**
 * The form in which two ids are compared: a GUID lowercased without dashes, so that every spelling Graph uses
 * for it matches; any other id exactly as it is, since for an opaque id case and dashes may be all that tells
 * two apart.
 */
export function idKey(id: string): string {
  return isGuid(id) ? id.toLowerCase().replace(/-/g, '') : id;
}

export const isGuid = (id: string): boolean => GUID.test(id);

export const sameId = (a: string, b: string): boolean => idKey(a) === idKey(b);
