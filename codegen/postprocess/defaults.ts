// The request descriptors' shared members: most descriptors are an action of a call, POSTed to
// `/calls/{callId}/{name}` on every route, answering 200 or 202 when it creates an operation and 202 otherwise.
// Written once in `named()` instead of in each descriptor, they cost a gzipped browser bundle about 0.1 KB less;
// every descriptor still holds every member at run time.
// This table is the one place that says what is shared: it both removes the members and writes `named()`'s defaults.
import type { ObjectLiteralExpression, SourceFile } from 'ts-morph';
import { SyntaxKind } from '../lib/ts.js';

interface Shared {
  member: string;
  /** The member's value, as code, in a descriptor of this name that does (or does not) create an operation. */
  value(name: string, createsOperation: boolean): string;
  /** The same default in `named()`, where `name` is the key and `d` the descriptor as written. */
  code: string;
}

const SHARED: readonly Shared[] = [
  { member: 'method', value: () => "'POST'", code: "method: 'POST'" },
  { member: 'paths', value: (name) => `onEveryRoute('/calls/{callId}/${name}')`, code: 'paths: onEveryRoute(`/calls/{callId}/${name}`)' },
  { member: 'target', value: () => "'call'", code: "target: 'call'" },
  { member: 'statuses', value: (_, op) => (op ? '[200, 202]' : '[202]'), code: 'statuses: d.locationNamesOperation ? [200, 202] : [202]' },
  { member: 'returns', value: () => "'action'", code: "returns: 'action'" },
];

/** A value's code without layout (the templates write arrays one item a line, with a trailing comma). */
const plain = (code: string) => code.replace(/\s+/g, '').replace(/,([\]}])/g, '$1');

/** Leaves out of each descriptor the members `named()` supplies, and writes those defaults into `named()`. */
export function omitDefaults(file: SourceFile): void {
  const call = file.getDescendantsOfKind(SyntaxKind.CallExpression).find((c) => c.getExpression().getText() === 'named');
  const record = call?.getArguments()[0]?.asKind(SyntaxKind.ObjectLiteralExpression);
  const spread = file.getFunction('named')?.getDescendantsOfKind(SyntaxKind.ObjectLiteralExpression).find((o) => plain(o.getText()) === '{name,...d}');
  if (!record || !spread) throw new Error('post-process: requests.ts has no named({ ... }) call, or named() no { name, ...d } to complete');
  if (!file.getVariableDeclaration('onEveryRoute')) throw new Error("post-process: named()'s default paths need onEveryRoute, and requests.ts declares none");
  for (const entry of record.getProperties()) {
    const descriptor = entry.asKindOrThrow(SyntaxKind.PropertyAssignment);
    omitFrom(descriptor.getName(), descriptor.getInitializerIfKindOrThrow(SyntaxKind.ObjectLiteralExpression));
  }
  spread.replaceWithText(`{ name, ${SHARED.map((s) => s.code).join(', ')}, ...d }`);
}

function omitFrom(name: string, descriptor: ObjectLiteralExpression): void {
  const members = new Map(descriptor.getProperties().map((p) => {
    const assignment = p.asKindOrThrow(SyntaxKind.PropertyAssignment);
    return [assignment.getName(), assignment.getInitializerOrThrow().getText()] as const;
  }));
  const createsOperation = members.get('locationNamesOperation') === 'true';
  for (const shared of SHARED) {
    const written = members.get(shared.member);
    if (written === undefined) throw new Error(`post-process: the descriptor ${name} has no ${shared.member}`);
    if (plain(written) === plain(shared.value(name, createsOperation))) members.delete(shared.member);
  }
  descriptor.replaceWithText(`{\n${[...members].map(([k, v]) => `${k}: ${v},\n`).join('')}}`);
}
