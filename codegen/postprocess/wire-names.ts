// typescript-fetch mangles property names that are not identifiers (`@odata.type` -> `at_odata_type`) and then
// maps them back in FromJSON/ToJSON. Users program against the wire names (API.md), so the mangled name is
// replaced by the wire name everywhere; the mapping is read from the generator's own FromJSON literals.
import type { SourceFile } from 'ts-morph';
import { SyntaxKind, propertyName, stringValue } from '../lib/ts.js';

/** `'at_odata_type': json['@odata.type'] ...` gives at_odata_type -> @odata.type. */
export function collectWireNames(files: SourceFile[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const file of files) {
    for (const fn of file.getFunctions()) {
      if (!/FromJSONTyped$/.test(fn.getName() ?? '')) continue;
      for (const pa of fn.getDescendantsOfKind(SyntaxKind.PropertyAssignment)) {
        const key = stringValue(pa.getNameNode()) ?? pa.getName();
        const access = pa.getInitializer()?.getFirstDescendantByKind(SyntaxKind.ElementAccessExpression);
        const wire = stringValue(access?.getArgumentExpression());
        if (wire && wire !== key && access?.getExpression().getText() === 'json') map.set(key, wire);
      }
    }
  }
  return map;
}

export function restoreWireNames(files: SourceFile[]): void {
  const map = collectWireNames(files);
  if (!map.size) return;
  for (const file of files) {
    // Replacing a node forgets its siblings' wrappers, so each replacement starts from a fresh lookup.
    const mangledProperty = () =>
      file.getDescendantsOfKind(SyntaxKind.PropertySignature).find((p) => map.has(stringValue(p.getNameNode()) ?? p.getName()));
    for (let prop = mangledProperty(); prop; prop = mangledProperty()) {
      prop.getNameNode().replaceWithText(propertyName(map.get(stringValue(prop.getNameNode()) ?? prop.getName())!));
    }
    // Object-literal keys and element accesses are plain strings: rewrite the literal text.
    for (const lit of file.getDescendantsOfKind(SyntaxKind.StringLiteral).reverse()) {
      const wire = map.get(lit.getLiteralValue());
      if (wire) lit.replaceWithText(`'${wire}'`);
    }
    for (const pa of file.getDescendantsOfKind(SyntaxKind.PropertyAssignment).reverse()) {
      const wire = map.get(pa.getName());
      if (wire) pa.getNameNode().replaceWithText(`'${wire}'`);
    }
  }
}
