// Generators shared by the property tests: ids from a broad alphabet (full Unicode, spaces, percent signs and the
// characters that carry meaning in a URL), GUIDs in the spellings Graph uses, and the id rule of API.md.
import fc from 'fast-check';

/** Pieces that mean something to a URL parser, a proxy or a decoder. */
export const URL_TRICKS = [
  '/', '?', '#', '.', '..', '%', '%2F', '%2f', '%2e', '%2E%2E', '%25', '%00', '\\', ' ', '+', '&', '=', ';', ':', '@', ',', '$',
  '[', ']', '{', '}', '|', '^', '`', '"', "'", '<', '>', '~', '!', '*', '(', ')', '\t', '\n', '\r', '\u0000', '\u007f', '\u0085',
  '\u00a0', '\u200b', '\ufeff', '\u2028', 'é', 'ß', 'İ', '😀', '𝔘', '\ud800', '\udfff',
];

/** A code unit anywhere in UTF-16, lone surrogates included (fc's 'binary' unit never makes one). */
const anyCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

/** Any string at all, weighted towards the characters that could break a path. */
export const wildString: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
  fc.string({ unit: 'binary-ascii', maxLength: 12 }),
  fc.string({ unit: anyCodeUnit, maxLength: 6 }),
  fc.array(fc.oneof(fc.constantFrom(...URL_TRICKS), fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 6 }).map((p) => p.join('')),
  fc.constantFrom('', '.', '..', '...', '%2e', '%2e%2e', '/..', '../', '..%2F', '%2F..', 'a/b', 'a?b', 'a#b', ' ', '%'),
);

/** What API.md says an id may not be: empty, holding "/", "?", "#" or a control character, or "." / "..". */
export function forbiddenByContract(id: string): boolean {
  return id === '' || id === '.' || id === '..' || /[/?#]/.test(id) || /\p{Cc}/u.test(id);
}

/**
 * Ids a Location can carry: everything the contract allows, minus what cannot be percent-encoded at all (a lone
 * surrogate) and the backslash, which the implementation also refuses (WHATWG URL parsers treat it as "/").
 */
export const locationId: fc.Arbitrary<string> = wildString.filter(
  (id) => !forbiddenByContract(id) && !id.includes('\\') && !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(id),
);

/** A GUID in one of the spellings Graph uses: lower or upper case, with or without dashes. */
export const guidId: fc.Arbitrary<string> = fc
  .tuple(fc.uuid(), fc.boolean(), fc.boolean())
  .map(([g, upper, dashless]) => {
    const s = dashless ? g.replace(/-/g, '') : g;
    return upper ? s.toUpperCase() : s;
  });

export const anyLocationId = fc.oneof(locationId, guidId);
