// The CSDL vocabulary the stages share: an index of a CSDL document's XML (types, bound actions, the container),
// with every name resolved to its namespace-qualified form, and the model the slicer hands to the converter.
import { childrenNamed, localName, type XmlElement } from './xml.js';

export interface TypeRef {
  /** Namespace-qualified (`microsoft.graph.call`) or an Edm primitive (`Edm.String`). */
  type: string;
  collection: boolean;
}

export interface Member {
  name: string;
  type: TypeRef;
  /** CSDL's Nullable facet; absent means true. */
  nullable: boolean;
  description?: string;
}

export interface NavigationMember extends Member {
  containsTarget: boolean;
}

export interface StructuredType {
  kind: 'EntityType' | 'ComplexType';
  qualified: string;
  name: string;
  base?: string;
  abstract: boolean;
  open: boolean;
  properties: Member[];
  navigation: NavigationMember[];
  /** True when no type in the whole document derives from this one: a payload of it names exactly it. */
  final: boolean;
  description?: string;
}

export interface EnumType {
  kind: 'EnumType';
  qualified: string;
  name: string;
  members: string[];
  flags: boolean;
  description?: string;
}

export type CsdlType = StructuredType | EnumType;

export interface BoundAction {
  name: string;
  binding: TypeRef;
  /** Without the binding parameter. */
  parameters: Member[];
  returnType?: TypeRef;
  description?: string;
}

/** A container child that reaches the served entity's collection: `/app/calls`, `/applications/{id}/calls`. */
export interface Route {
  name: string;
  kind: 'Singleton' | 'EntitySet';
  /** The navigation property of the container child's type that holds the collection. */
  navigation: string;
}

/** What the slicer keeps: everything the converter reads, nothing else. */
export interface Slice {
  /** The namespace of the container and of the served types (`microsoft.graph`). */
  namespace: string;
  types: Map<string, CsdlType>;
  actions: BoundAction[];
  routes: Route[];
}

const CORE_DESCRIPTION = 'Org.OData.Core.V1.Description';

/** A CSDL document's XML, indexed: every Schema child by qualified name, bound actions, aliases resolved. */
export class CsdlIndex {
  readonly aliases = new Map<string, string>();
  /** Type elements by qualified name. */
  readonly types = new Map<string, { element: XmlElement; namespace: string }>();
  /** Bound actions, in document order. */
  readonly actions: { element: XmlElement; namespace: string }[] = [];
  readonly containers: { element: XmlElement; namespace: string }[] = [];
  /** Out-of-line annotations (`<Annotations Target="…">`) by qualified target. */
  readonly annotations = new Map<string, XmlElement[]>();
  /** Base type -> the types that derive from it directly, over the whole document. */
  readonly derived = new Map<string, string[]>();

  constructor(readonly root: XmlElement) {
    for (const ref of childrenNamed(root, 'Reference')) {
      for (const inc of childrenNamed(ref, 'Include')) if (inc.attrs.Alias) this.aliases.set(inc.attrs.Alias, inc.attrs.Namespace!);
    }
    const schemas = schemasOf(root);
    for (const s of schemas) if (s.attrs.Alias) this.aliases.set(s.attrs.Alias, s.attrs.Namespace!);
    for (const schema of schemas) {
      const namespace = schema.attrs.Namespace!;
      for (const e of schema.children) {
        const kind = localName(e.name);
        if (kind === 'EntityType' || kind === 'ComplexType' || kind === 'EnumType' || kind === 'TypeDefinition') {
          this.types.set(`${namespace}.${e.attrs.Name}`, { element: e, namespace });
        } else if (kind === 'Action' && e.attrs.IsBound === 'true') {
          this.actions.push({ element: e, namespace });
        } else if (kind === 'EntityContainer') {
          this.containers.push({ element: e, namespace });
        } else if (kind === 'Annotations') {
          const target = this.qualifyTarget(e.attrs.Target!);
          this.annotations.set(target, [...(this.annotations.get(target) ?? []), e]);
        }
      }
    }
    for (const [qualified, { element }] of this.types) {
      if (!element.attrs.BaseType) continue;
      const base = this.qualify(element.attrs.BaseType);
      this.derived.set(base, [...(this.derived.get(base) ?? []), qualified]);
    }
  }

  /** `graph.call` -> `microsoft.graph.call`; Edm names stay. */
  qualify(name: string): string {
    const dot = name.lastIndexOf('.');
    if (dot < 0) return name;
    const prefix = name.slice(0, dot);
    return this.aliases.has(prefix) ? `${this.aliases.get(prefix)}.${name.slice(dot + 1)}` : name;
  }

  typeRef(spelled: string): TypeRef {
    const m = /^Collection\((.+)\)$/.exec(spelled);
    return { type: this.qualify(m ? m[1]! : spelled), collection: !!m };
  }

  /** An annotation target with its alias-qualified names resolved (`graph.call/state`, `graph.mute(graph.call)`). */
  qualifyTarget(target: string): string {
    return target.replace(/[A-Za-z_][\w.]*\.[A-Za-z_]\w*/g, (n) => this.qualify(n));
  }

  /** Core.Description of an element: inline, or out of line at `target`. */
  description(element: XmlElement, target: string): string | undefined {
    const candidates = [...childrenNamed(element, 'Annotation'), ...(this.annotations.get(target) ?? []).flatMap((a) => childrenNamed(a, 'Annotation'))];
    const hit = candidates.find((a) => this.qualify(a.attrs.Term ?? '') === CORE_DESCRIPTION);
    // Descriptions become doc comments: one line, and never the end of one.
    const text = hit ? (hit.attrs.String ?? hit.text).replace(/\s+/g, ' ').replaceAll('*/', '* /').trim() : '';
    return text || undefined;
  }

  member(e: XmlElement, owner: string): Member {
    const m: Member = { name: e.attrs.Name!, type: this.typeRef(e.attrs.Type ?? 'Edm.String'), nullable: e.attrs.Nullable !== 'false' };
    const description = this.description(e, `${owner}/${e.attrs.Name}`);
    if (description) m.description = description;
    return m;
  }

  /** The typed model of one type element. */
  read(qualified: string): CsdlType {
    const entry = this.types.get(qualified);
    if (!entry) throw new Error(`CSDL: no type ${qualified}`);
    const { element: e } = entry;
    const kind = localName(e.name);
    const description = this.description(e, qualified);
    const common = { qualified, name: e.attrs.Name!, ...(description ? { description } : {}) };
    if (kind === 'EnumType') {
      return { kind, ...common, members: childrenNamed(e, 'Member').map((m) => m.attrs.Name!), flags: e.attrs.IsFlags === 'true' };
    }
    if (kind !== 'EntityType' && kind !== 'ComplexType') throw new Error(`CSDL: ${qualified} is a ${kind}, which the SDK does not translate`);
    const t: StructuredType = {
      kind,
      ...common,
      abstract: e.attrs.Abstract === 'true',
      open: e.attrs.OpenType === 'true',
      properties: childrenNamed(e, 'Property').map((p) => this.member(p, qualified)),
      navigation: childrenNamed(e, 'NavigationProperty').map((p) => ({
        ...this.member(p, qualified),
        containsTarget: p.attrs.ContainsTarget === 'true',
      })),
      final: !this.derived.has(qualified),
    };
    if (e.attrs.BaseType) t.base = this.qualify(e.attrs.BaseType);
    return t;
  }

  readAction(e: XmlElement, namespace: string): BoundAction {
    const [binding, ...params] = childrenNamed(e, 'Parameter');
    if (!binding) throw new Error(`CSDL: bound action ${namespace}.${e.attrs.Name} has no binding parameter`);
    const bindingRef = this.typeRef(binding.attrs.Type!);
    const target = `${namespace}.${e.attrs.Name}(${bindingRef.collection ? `Collection(${bindingRef.type})` : bindingRef.type})`;
    const action: BoundAction = { name: e.attrs.Name!, binding: bindingRef, parameters: params.map((p) => this.member(p, target)) };
    const returns = childrenNamed(e, 'ReturnType')[0];
    if (returns) action.returnType = this.typeRef(returns.attrs.Type!);
    const description = this.description(e, target);
    if (description) action.description = description;
    return action;
  }
}

export function schemasOf(root: XmlElement): XmlElement[] {
  return childrenNamed(root, 'DataServices').flatMap((d) => childrenNamed(d, 'Schema'));
}
