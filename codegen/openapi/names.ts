// The naming rules of the converter, in one place: models, keys, routes, methods.

export const pascal = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** `calls` -> `call`: Graph's collections are plural nouns in `s`. */
export const singular = (collection: string) => collection.replace(/s$/, '');

/** `calls` -> `callId`: a key segment is named after the collection it indexes. */
export const keyParam = (collection: string) => `${singular(collection)}Id`;

export const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

/** The OpenAPI/TypeScript name of a CSDL type: `microsoft.graph.playPromptOperation` -> `PlayPromptOperation`,
 * `microsoft.graph.callRecords.userIdentity` -> `CallRecordsUserIdentity` (a sub-namespace prefixes the name).
 * A name the SDK's contract already gives to something else (`reserved`: `CallRoute` is a route there, a routing
 * record in Graph) is prefixed with `Graph`. */
export function modelNamer(namespace: string, reserved: ReadonlySet<string> = new Set()): (qualified: string) => string {
  return (qualified) => {
    if (!qualified.startsWith(`${namespace}.`)) throw new Error(`names: ${qualified} is outside ${namespace}`);
    const name = qualified.slice(namespace.length + 1).split('.').map(pascal).join('');
    return reserved.has(name) ? `Graph${name}` : name;
  };
}

/** The names src/contract.ts exports: generated models must not take them. */
export function contractNames(source: string): Set<string> {
  return new Set([...source.matchAll(/^export (?:declare )?(?:interface|type|class|const|function|enum) (\w+)/gm)].map((m) => m[1]!));
}

/** OData's `@odata.type` value of a type. */
export const odataType = (qualified: string) => `#${qualified}`;

/** Enum members as the wire spells them: CSDL's `NotStarted` is sent as `notStarted`. */
export const wireEnumValue = (member: string) => member.charAt(0).toLowerCase() + member.slice(1);

/** A request body's schema: `playPrompt` -> `PlayPromptBody`. */
export const bodyName = (method: string) => `${pascal(method)}Body`;
