// The callback payload, which no CSDL describes in full: every commsNotification carries `resourceData`, the
// changed resource (one entity or a collection of them, each named by `@odata.type`), and a body without `value`
// is no notification at all.
import type { StructuredType } from '../csdl.js';
import { odataType, ref } from './names.js';
import { ODATA_TYPE, type SchemaContext } from './schemas.js';
import type { SchemaObject } from './types.js';

export const RESOURCE_UNION = 'CommsResource';

/**
 * `entity` is the routes' entity (call); the resources a notification reports on are it and the entities of its
 * contained collections (participants, operations), with their subtypes.
 */
export function notificationShapes(schemas: Record<string, SchemaObject>, ctx: SchemaContext, entity: string): void {
  const n = ctx.slice.namespace;
  const notification = schemas[ctx.name(`${n}.commsNotification`)];
  const notifications = schemas[ctx.name(`${n}.commsNotifications`)];
  if (!notification || !notifications?.properties?.value) throw new Error('notifications: the slice has no commsNotification(s) with `value`');
  if (RESOURCE_UNION in schemas) throw new Error(`notifications: the slice already has a type named ${RESOURCE_UNION}`);

  const call = ctx.slice.types.get(entity) as StructuredType;
  const contained = call.navigation.filter((nav) => nav.containsTarget).map((nav) => nav.type.type);
  // Operations first: a resource without `@odata.type` is read as the first member that fits, and the 2018 payloads
  // that omit it report operations.
  const members = [...contained.filter((t) => schemas[ctx.name(t)]?.discriminator), entity, ...contained.filter((t) => !schemas[ctx.name(t)]?.discriminator)];
  const mapping: Record<string, string> = {};
  for (const m of members) {
    const own = schemas[ctx.name(m)]!.discriminator?.mapping ?? { [odataType(m)]: ref(ctx.name(m)).$ref };
    Object.assign(mapping, own);
  }
  schemas[RESOURCE_UNION] = {
    // An object, whichever member: what tells it from the array form of resourceData.
    type: 'object',
    description: 'The resource a notification reports on: a call, a participant or an operation (of any subtype), named by `@odata.type`.',
    oneOf: members.map((m) => ref(ctx.name(m))),
    discriminator: { propertyName: ODATA_TYPE, mapping },
  };
  notification.properties.resourceData = {
    description: 'The changed resource: one entity or a collection of entities, each named by @odata.type.',
    oneOf: [ref(RESOURCE_UNION), { type: 'array', items: ref(RESOURCE_UNION) }],
  };
  notifications.required = [...new Set([...(notifications.required ?? []), 'value'])];
}
