// Operations: typescript-fetch emits one class per tag whose methods build, send and parse each request. The SDK
// wants only the request descriptions (method, path, headers, body): each `xRequestOpts` method becomes a
// standalone, synchronous, tree-shakable function; sending, auth and parsing belong to the handwritten layer.
import type { SourceFile } from 'ts-morph';
import { SyntaxKind } from '../lib/ts.js';

export function standaloneOperations(file: SourceFile): void {
  for (const cls of file.getClasses()) {
    if (!/\bBaseAPI$/.test(cls.getExtends()?.getText() ?? '')) continue;
    const functions = cls.getMethods().filter((m) => m.getName().endsWith('RequestOpts'));
    for (const method of functions) {
      // Auth is the handwritten layer's job; the generator's Configuration-based token lookup goes.
      for (const stmt of method.getStatements()) {
        if (stmt.isKind(SyntaxKind.IfStatement) && stmt.getExpression().getText().includes('this.configuration')) stmt.remove();
      }
      const param = method.getParameters()[0];
      const docs = method.getJsDocs().map((d) => d.getDescription().trim()).filter(Boolean);
      file.addFunction({
        isExported: true,
        name: method.getName(),
        docs: docs.length ? docs : undefined,
        parameters: [{ name: param.getName(), type: param.getTypeNodeOrThrow().getText() }],
        returnType: 'runtime.RequestOpts',
        statements: method.getBodyOrThrow().getText().slice(1, -1).trim(),
      });
    }
    cls.remove();
  }
  for (const iface of file.getInterfaces()) if (iface.getName().endsWith('ApiInterface')) iface.remove();
}
