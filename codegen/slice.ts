// Stage 4: cut from the whole of Graph's metadata what the SDK serves (see codegen/README.md, "What the slice
// keeps"). Graph's v1.0 file describes about 4,000 types; the calls surface reaches about a hundred of them.
import { CsdlIndex, type BoundAction, type CsdlType, type Route, type Slice, type StructuredType, type TypeRef } from './csdl.js';
import { EDM } from './edm.js';
import type { XmlElement } from './xml.js';

export interface SliceSpec {
  /** The entity the routes reach through a contained collection (`calls`). */
  entity: string;
  /** Every action bound to one of these is served; `Collection(x)` for a collection-bound one. */
  bindings: string[];
  /** Types whose every subtype is kept: payloads name one of them in `@odata.type`. */
  polymorphic: string[];
  /** Types no action returns but the SDK reads (callback payloads). */
  roots: string[];
}

export const GRAPH_CALLS: SliceSpec = {
  entity: 'microsoft.graph.call',
  bindings: ['microsoft.graph.call', 'microsoft.graph.participant', 'Collection(microsoft.graph.participant)'],
  polymorphic: ['microsoft.graph.commsOperation', 'microsoft.graph.mediaConfig', 'microsoft.graph.identity'],
  roots: ['microsoft.graph.commsNotifications'],
};

const spell = (t: TypeRef) => (t.collection ? `Collection(${t.type})` : t.type);

export function slice(root: XmlElement, spec: SliceSpec = GRAPH_CALLS): Slice {
  const index = new CsdlIndex(root);
  const namespace = spec.entity.slice(0, spec.entity.lastIndexOf('.'));
  const types = new Map<string, CsdlType>();
  const subtypes = index.derived;

  // A type reached as a value (a property, a parameter, a return type) may arrive as any of its subtypes when it is
  // abstract; reached only as a base type, its other subtypes are not what the payload holds.
  const keep = (qualified: string, from: string, asValue = true): void => {
    if (qualified.startsWith('Edm.')) {
      if (!(qualified in EDM)) throw new Error(`slice: ${from} uses ${qualified}, a primitive type the SDK does not map`);
      return;
    }
    if (types.has(qualified)) return;
    if (!index.types.has(qualified)) throw new Error(`slice: ${from} refers to ${qualified}, which the metadata does not declare`);
    const t = index.read(qualified);
    types.set(qualified, t);
    if (t.kind === 'EnumType') return;
    if (t.base) keep(t.base, qualified, false);
    for (const p of t.properties) keep(p.type.type, `${qualified}/${p.name}`);
    expandSubtypes(t.qualified, t.abstract && asValue);
  };
  const expanded = new Set<string>();
  const expandSubtypes = (qualified: string, abstract: boolean) => {
    if (expanded.has(qualified) || !(abstract || spec.polymorphic.includes(qualified))) return;
    expanded.add(qualified);
    for (const sub of subtypes.get(qualified) ?? []) keep(sub, `${qualified} (subtype)`, false);
  };

  const actions: BoundAction[] = [];
  const seen = new Set<string>();
  for (const { element, namespace: ns } of index.actions) {
    const binding = index.typeRef(bindingType(element));
    if (!spec.bindings.includes(spell(binding))) continue;
    const action = index.readAction(element, ns);
    const key = `${action.name}(${spell(action.binding)})`;
    if (seen.has(key)) throw new Error(`slice: ${key} is declared twice (overloads are not translated)`);
    seen.add(key);
    actions.push(action);
  }
  for (const b of spec.bindings) keep(index.typeRef(b).type, 'the served bindings');
  for (const a of actions) {
    const at = `${a.name}(${spell(a.binding)})`;
    for (const p of a.parameters) keep(p.type.type, `${at}/${p.name}`);
    if (a.returnType) keep(a.returnType.type, `${at} (return type)`);
  }
  for (const t of [...spec.polymorphic, ...spec.roots]) keep(t, 'the served types');

  // Navigation is not in payloads; it is kept only where it leads to a kept type (the path to participants, operations).
  for (const t of types.values()) {
    if (t.kind !== 'EnumType') t.navigation = t.navigation.filter((n) => types.has(n.type.type));
  }
  actions.sort((a, b) => `${spell(a.binding)} ${a.name}`.localeCompare(`${spell(b.binding)} ${b.name}`));
  const sorted = new Map([...types].sort(([a], [b]) => a.localeCompare(b)));
  return { namespace, types: sorted, actions, routes: routesTo(index, namespace, spec.entity) };
}

function bindingType(action: XmlElement): string {
  const binding = action.children.find((c) => c.name.endsWith('Parameter'));
  return binding?.attrs.Type ?? '';
}

/** Container children whose type (or a base of it) holds a contained collection of `entity`. */
function routesTo(index: CsdlIndex, namespace: string, entity: string): Route[] {
  const container = index.containers.find((c) => c.namespace === namespace);
  if (!container) throw new Error(`slice: ${namespace} has no EntityContainer`);
  const routes: Route[] = [];
  for (const child of container.element.children) {
    const kind = child.name.slice(child.name.indexOf(':') + 1);
    if (kind !== 'Singleton' && kind !== 'EntitySet') continue;
    const typeName = index.qualify(kind === 'Singleton' ? child.attrs.Type! : child.attrs.EntityType!);
    for (let t: string | undefined = typeName; t && index.types.has(t); ) {
      const type = index.read(t) as StructuredType;
      const nav = type.navigation?.find((n) => n.containsTarget && n.type.collection && n.type.type === entity);
      if (nav) {
        routes.push({ name: child.attrs.Name!, kind, navigation: nav.name });
        break;
      }
      t = type.base;
    }
  }
  if (!routes.length) throw new Error(`slice: no container child of ${namespace} reaches a collection of ${entity}`);
  return routes.sort((a, b) => a.name.localeCompare(b.name));
}
