// The generator's oneOf mappers test `instanceOfX(json)` before `Array.isArray(json)`; for an open type
// instanceOf is always true, so an array `resourceData` would be read as one object. Arrays are tested first.
// And it maps each member with ignoreDiscriminator=true, so a subtype (`@odata.type`) would lose its own
// mapping: members are mapped through their discriminator.
import type { SourceFile, Statement } from 'ts-morph';
import { SyntaxKind } from '../lib/ts.js';

export function arraysFirstInOneOf(file: SourceFile): void {
  for (const fn of file.getFunctions()) {
    if (!/(From|To)JSONTyped$/.test(fn.getName() ?? '') || !fn.getReturnTypeNode()) continue;
    const statements = fn.getStatements();
    const isArrayCheck = (s: Statement) =>
      s.isKind(SyntaxKind.IfStatement) && /^Array\.isArray\(/.test(s.getExpression().getText());
    const firstInstanceOf = statements.findIndex(
      (s) => s.isKind(SyntaxKind.IfStatement) && /^instanceOf\w+\(/.test(s.getExpression().getText()),
    );
    if (firstInstanceOf < 0) continue;
    const arrays = statements.filter((s, i) => i > firstInstanceOf && isArrayCheck(s));
    const texts = arrays.map((s) => s.getText());
    arrays.reverse().forEach((s) => s.remove());
    fn.insertStatements(firstInstanceOf, texts);
    for (const call of fn.getDescendantsOfKind(SyntaxKind.CallExpression)) {
      const args = call.getArguments();
      if (/FromJSONTyped$/.test(call.getExpression().getText()) && args[1]?.getText() === 'true') args[1].replaceWithText('false');
    }
  }
}
