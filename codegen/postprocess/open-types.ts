// OData open types keep members the CSDL does not declare. The generator already spreads `...json` into the
// result; its index signature is `any | any`, which switches off type checking for every property. `unknown`
// keeps unknown members while the declared ones stay typed.
import type { SourceFile } from 'ts-morph';

export function openTypes(file: SourceFile): void {
  for (const iface of file.getInterfaces()) {
    for (const sig of iface.getIndexSignatures()) {
      if (/^any(\s*\|\s*any)*$/.test(sig.getReturnTypeNodeOrThrow().getText())) sig.setReturnType('unknown');
    }
  }
}
