// `@odata.type`-keyed unions: Graph names a payload's type in `@odata.type` (`#microsoft.graph.<type>`). Each
// subtype's `@odata.type` becomes its literal, and the base gets a union type and type guards keyed on it.
import { VariableDeclarationKind, type SourceFile } from 'ts-morph';
import type { OpenApiDoc } from '../convert.js';
import { pascal } from '../lib/ts.js';

const ODATA_TYPE = '@odata.type';

export function odataTypeUnions(files: Map<string, SourceFile>, doc: OpenApiDoc): void {
  for (const [base, schema] of Object.entries(doc.components.schemas)) {
    const mapping: Record<string, string> | undefined = schema.discriminator?.mapping;
    if (!mapping) continue;
    const baseFile = files.get(base);
    if (!baseFile) continue;
    const members = Object.entries(mapping).map(([odataType, ref]) => ({ odataType, name: ref.split('/').pop()! }));
    for (const { odataType, name } of members) {
      if (name === base) continue;
      const prop = files.get(name)?.getInterface(name)?.getProperty(`'${ODATA_TYPE}'`);
      prop?.setType(`'${odataType}'`);
    }
    const subs = members.filter((m) => m.name !== base);
    for (const { name } of subs) {
      const imported = baseFile.getImportDeclarations().some((d) => d.getNamedImports().some((n) => n.getName() === name));
      if (!imported) {
        baseFile.addImportDeclaration({ isTypeOnly: true, namedImports: [name], moduleSpecifier: `./${name}.js` });
      }
    }
    baseFile.addTypeAlias({
      isExported: true,
      name: `Any${base}`,
      docs: [`A ${base} or one of its subtypes, told apart by \`${ODATA_TYPE}\`.`],
      type: [...subs.map((s) => s.name), base].join(' | '),
    });
    baseFile.addVariableStatement({
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: [`The \`${ODATA_TYPE}\` values of ${base} and its subtypes, and the schema each names.`],
      declarations: [
        {
          name: `${base}ODataTypes`,
          initializer: `{\n${members.map((m) => `  '${m.odataType}': '${m.name}',`).join('\n')}\n} as const`,
        },
      ],
    });
    for (const { odataType, name } of subs) {
      baseFile.addFunction({
        isExported: true,
        name: `is${pascal(name)}`,
        docs: [`True when \`${ODATA_TYPE}\` names a ${name} (compared case-insensitively, as OData names are).`],
        parameters: [{ name: 'value', type: `${base} | null | undefined` }],
        returnType: `value is ${name}`,
        statements: `return typeof value?.['${ODATA_TYPE}'] === 'string' && value['${ODATA_TYPE}'].toLowerCase() === '${odataType.toLowerCase()}';`,
      });
    }
  }
}
