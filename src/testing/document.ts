// The OpenAPI document the SDK was generated from, read once as the fake Graph's routes and request schemas. It
// is imported as JSON so that the kit's bundles carry it inline: the package ships no openapi.json file.
// The ESM build accepts the attribute, the CommonJS declaration build cannot type one (TS2823): only ts-ignore fits both.
// biome-ignore lint/suspicious/noTsIgnore: see above
// @ts-ignore TS2823 in the CommonJS declaration build
import document from '../../generated/openapi.json' with { type: 'json' };
import { type OpenApiDocument, type OpenApiRoute, compileRoutes, requestBodySchema, schemaReader } from './openapi.js';
import type { BodyRule } from './wire.js';

/** A route of the document with what the kit needs to serve it. */
export interface KitRoute {
  route: OpenApiRoute;
  /** The CommsClient method (and request descriptor) the route belongs to: `x-sdk.method`. */
  method: string;
  body: BodyRule;
}

let compiled: { routes: OpenApiRoute[]; byRoute: Map<OpenApiRoute, KitRoute> } | undefined;

/** The document's routes, compiled on first use. */
export function kitRoutes(): { routes: readonly OpenApiRoute[]; describe(route: OpenApiRoute): KitRoute } {
  if (!compiled) {
    const doc = document as unknown as OpenApiDocument;
    const reader = schemaReader(doc);
    const routes = compileRoutes(doc);
    const byRoute = new Map<OpenApiRoute, KitRoute>();
    for (const route of routes) {
      const method = (route.operation['x-sdk'] as { method?: unknown } | undefined)?.method;
      if (typeof method !== 'string') throw new Error(`openapi.json: ${route.method} ${route.template} has no x-sdk.method`);
      const body = requestBodySchema(route.operation, reader);
      byRoute.set(route, { route, method, body: { name: method, ...(body ? { schema: body.schema, required: body.required } : {}) } });
    }
    compiled = { routes, byRoute };
  }
  const { routes, byRoute } = compiled;
  return { routes, describe: (route) => byRoute.get(route)! };
}
