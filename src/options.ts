// The one check of what a caller configures (the client's options, retry's, each request's): every option is
// refused the same way, a TypeError naming it and saying what it must be, before anything is sent.

/** A plain object: not null, not an array. */
export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A number > 0 (Infinity included: "no limit"). */
export const positive = (v: unknown): boolean => typeof v === 'number' && v > 0;

/** A finite number >= 0. */
export const finiteNonNegative = (v: unknown): boolean => typeof v === 'number' && v >= 0 && v !== Infinity;

/**
 * `value` when `valid` accepts it, `fallback` when it is undefined; otherwise a TypeError
 * "`name` must be `what`".
 */
export function option<T>(name: string, value: T | undefined, valid: (v: unknown) => boolean, what: string, fallback: T): T;
export function option<T>(name: string, value: T | undefined, valid: (v: unknown) => boolean, what: string): T | undefined;
export function option<T>(name: string, value: T | undefined, valid: (v: unknown) => boolean, what: string, fallback?: T): T | undefined {
  if (value === undefined) return fallback;
  if (!valid(value)) throw new TypeError(`${name} must be ${what}`);
  return value;
}
