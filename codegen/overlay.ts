// Stage 3: the explicit overlay (spec/overlay-2018.json), applied to the upstream document before it is sliced.
// Each edit says what it expects to find upstream; the edit is applied only when that holds, and the run fails
// naming the edit when it does not. An applied edit no longer finds what it expects, so none can apply twice.
import { CsdlIndex, schemasOf } from './csdl.js';
import { childrenNamed, localName, parseXml, type XmlElement } from './xml.js';

interface EditBase {
  id: string;
  why: string;
  source: string;
}
/** Adds an element (an XML fragment) inside `in`; expects no element of that kind and name there. */
export interface AddEdit extends EditBase {
  in: string;
  add: string;
  expect: 'absent';
}
/** Sets attributes of the element at `at`; expects the attributes to have the values in `expect` (null: absent). */
export interface SetEdit extends EditBase {
  at: string;
  set: Record<string, string>;
  expect: Record<string, string | null>;
}
/** At least one of these properties of the type at `at` must be present; expects each to be declared. */
export interface OneOfRequiredEdit extends EditBase {
  at: string;
  oneOfRequired: string[];
  expect: 'present';
}
/** Another answer of every bound action that returns this type or one derived from it; expects such an action. */
export interface AnswerEdit extends EditBase {
  actionsReturning: string;
  answer: { status: number; location: 'operation' };
  expect: 'returned';
}
export type Edit = AddEdit | SetEdit | OneOfRequiredEdit | AnswerEdit;

export interface Overlay {
  about?: string;
  schema: string;
  edits: Edit[];
}

/** What the overlay says that CSDL cannot: handed to the converter. */
export interface OverlayExtensions {
  /** Qualified type -> members of which at least one must be present. */
  oneOfRequired: Map<string, string[]>;
  /** Extra answers of the actions that return `returning` (qualified) or a type derived from it. */
  answers: { returning: string; status: number; location: 'operation'; edit: string }[];
}

export interface OverlayResult {
  extensions: OverlayExtensions;
  /** The ids of the edits applied, in order. */
  applied: string[];
}

const KEYS: Record<string, string[]> = {
  add: ['id', 'why', 'source', 'in', 'add', 'expect'],
  set: ['id', 'why', 'source', 'at', 'set', 'expect'],
  oneOfRequired: ['id', 'why', 'source', 'at', 'oneOfRequired', 'expect'],
  answer: ['id', 'why', 'source', 'actionsReturning', 'answer', 'expect'],
};

/** Applies every edit to `root` (in place), in order. */
export function applyOverlay(root: XmlElement, overlay: Overlay, log: (s: string) => void = () => {}): OverlayResult {
  const schema = schemasOf(root).find((s) => s.attrs.Namespace === overlay.schema);
  if (!schema) throw new Error(`overlay: the upstream document has no schema ${overlay.schema}`);
  const extensions: OverlayExtensions = { oneOfRequired: new Map(), answers: [] };
  const ids: string[] = [];
  const kinds = overlay.edits.map((edit) => kindOf(edit, ids));
  const applied: string[] = [];
  // Indexed once, before any edit: aliases do not change, and the answer edits' expectations are about upstream.
  const index = new CsdlIndex(root);
  for (const [i, edit] of overlay.edits.entries()) {
    const kind = kinds[i]!;
    const fail = (why: string): never => {
      throw new Error(`overlay edit "${edit.id}": ${why}. Upstream no longer matches what the edit expects: review the edit against the new upstream file.`);
    };
    if (kind === 'add') {
      const e = edit as AddEdit;
      const parent = resolve(schema, e.in, index) ?? fail(`upstream has no ${e.in}`);
      const element = parseXml(e.add, `overlay edit "${e.id}"`);
      const step = stepOf(element);
      if (find(parent, step, index)) fail(`expects no ${step.kind}:${step.name} in ${e.in}, and upstream has one`);
      parent.children.push(element);
      log(`overlay: ${e.id}: added ${step.kind}:${step.name} in ${e.in}`);
    } else if (kind === 'set') {
      const e = edit as SetEdit;
      const target = resolve(schema, e.at, index) ?? fail(`upstream has no ${e.at}`);
      for (const [attr, want] of Object.entries(e.expect)) {
        const found = target.attrs[attr] ?? null;
        if (found !== want) fail(`expects ${e.at} to have ${attr}=${JSON.stringify(want)}, upstream has ${JSON.stringify(found)}`);
      }
      Object.assign(target.attrs, e.set);
      log(`overlay: ${e.id}: ${e.at} ${Object.entries(e.set).map(([k, v]) => `${k}=${v}`).join(' ')}`);
    } else if (kind === 'oneOfRequired') {
      const e = edit as OneOfRequiredEdit;
      const target = resolve(schema, e.at, index) ?? fail(`upstream has no ${e.at}`);
      for (const m of e.oneOfRequired) if (!find(target, { kind: 'Property', name: m }, index)) fail(`expects ${e.at} to declare ${m}`);
      const type = `${overlay.schema}.${target.attrs.Name}`;
      if (extensions.oneOfRequired.has(type)) fail(`${type} already has a one-of-required rule`);
      extensions.oneOfRequired.set(type, e.oneOfRequired);
      log(`overlay: ${e.id}: one of ${e.oneOfRequired.join(', ')} required in ${e.at}`);
    } else {
      const e = edit as AnswerEdit;
      const returning = index.qualify(e.actionsReturning);
      if (!index.types.has(returning)) fail(`upstream has no type ${e.actionsReturning}`);
      const derived = derivedTypes(index, returning);
      const matches = index.actions.filter(({ element }) => {
        const r = childrenNamed(element, 'ReturnType')[0];
        return r && derived.has(index.typeRef(r.attrs.Type!).type);
      });
      if (!matches.length) fail(`expects bound actions returning ${e.actionsReturning}, upstream has none`);
      if (extensions.answers.some((a) => a.returning === returning && a.status === e.answer.status)) fail(`${returning} already answers ${e.answer.status}`);
      extensions.answers.push({ returning, ...e.answer, edit: e.id });
      log(`overlay: ${e.id}: ${e.answer.status} (Location: the ${e.answer.location}) for the ${matches.length} bound actions returning ${e.actionsReturning}`);
    }
    applied.push(edit.id);
  }
  return { extensions, applied };
}

/** The edit's kind, once its shape is checked; `ids` collects the ids seen so far. */
function kindOf(edit: Edit, ids: string[]): keyof typeof KEYS {
  const kind = (['add', 'set', 'oneOfRequired', 'answer'] as const).find((k) => k in edit);
  const id = typeof edit.id === 'string' && edit.id ? edit.id : undefined;
  if (!id) throw new Error(`overlay: an edit without an id: ${JSON.stringify(edit)}`);
  if (ids.includes(id)) throw new Error(`overlay: two edits are named "${id}"`);
  ids.push(id);
  if (!kind) throw new Error(`overlay edit "${id}": none of add, set, oneOfRequired, answer`);
  const extra = Object.keys(edit).filter((k) => !KEYS[kind]!.includes(k));
  const missing = KEYS[kind]!.filter((k) => !(k in edit));
  if (extra.length || missing.length) {
    throw new Error(`overlay edit "${id}": an edit of kind ${kind} has ${KEYS[kind]!.join(', ')}${extra.length ? `; not ${extra.join(', ')}` : ''}${missing.length ? `; missing ${missing.join(', ')}` : ''}`);
  }
  const expect = (edit as { expect: unknown }).expect;
  const expected = { add: 'absent', oneOfRequired: 'present', answer: 'returned' }[kind as string];
  if (expected ? expect !== expected : typeof expect !== 'object' || expect === null || !Object.keys(expect).length) {
    throw new Error(`overlay edit "${id}": an edit of kind ${kind} expects ${expected ? `"${expected}"` : 'the attribute values it replaces'}`);
  }
  return kind;
}

interface Step {
  kind: string;
  name: string;
  /** An action or function step's binding type, qualified. */
  binding?: string;
}

const STEP = /^([A-Za-z]+):([A-Za-z_]\w*)(?:\(([^()]+)\))?$/;

function parseStep(text: string, index: CsdlIndex): Step {
  const m = STEP.exec(text);
  if (!m) throw new Error(`overlay: "${text}" is not a Kind:Name step`);
  return { kind: m[1]!, name: m[2]!, ...(m[3] ? { binding: index.qualify(m[3]) } : {}) };
}

function stepOf(e: XmlElement): Step {
  return { kind: localName(e.name), name: e.attrs.Name ?? '' };
}

function find(parent: XmlElement, step: Step, index: CsdlIndex): XmlElement | undefined {
  return parent.children.find((c) => {
    if (localName(c.name) !== step.kind || c.attrs.Name !== step.name) return false;
    if (!step.binding) return true;
    const binding = childrenNamed(c, 'Parameter')[0]?.attrs.Type;
    return binding !== undefined && index.typeRef(binding).type === step.binding;
  });
}

/** The element at a `Kind:Name/Kind:Name` path inside the schema (`Schema` is the schema itself). */
function resolve(schema: XmlElement, path: string, index: CsdlIndex): XmlElement | undefined {
  let at: XmlElement | undefined = schema;
  for (const text of path === 'Schema' ? [] : path.split('/')) at = at && find(at, parseStep(text, index), index);
  return at;
}

function derivedTypes(index: CsdlIndex, base: string): Set<string> {
  const out = new Set<string>();
  const visit = (t: string) => {
    if (out.has(t)) return;
    out.add(t);
    for (const sub of index.derived.get(t) ?? []) visit(sub);
  };
  visit(base);
  return out;
}
