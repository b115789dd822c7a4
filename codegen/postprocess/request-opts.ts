// Request descriptions, compacted: typescript-fetch builds each one step by step (null guards that throw its
// RequiredError, an always-empty query object, a header object filled one assignment at a time, a path patched
// with `.replace` per parameter). Every description ships in a browser bundle (the client picks one per route at
// run time), so each becomes the single object literal those steps amount to. The guards go: the handwritten
// layer refuses a missing or malformed id with a TypeError naming it before any description is built, and a
// typed caller cannot leave a required parameter out. A function whose statements are not the shape below is
// left as the generator wrote it, guards included.
import type { FunctionDeclaration, SourceFile } from 'ts-morph';
import { SyntaxKind } from '../lib/ts.js';

const GUARD = /^if \(requestParameters\['\w+'\] == null\) \{\s*throw new runtime\.RequiredError\(/;
const EMPTY_QUERY = /^const queryParameters: any = \{\};$/;
const EMPTY_HEADERS = /^const headerParameters: runtime\.HTTPHeaders = \{\};$/;
const SET_HEADER = /^headerParameters\[('[^'\\]+')\] = ('[^'\\]*');$/;
const PATH = /^let urlPath = `([^`$\\]*)`;$/;
const PATH_PARAM = /^urlPath = urlPath\.replace\('(\{\w+\})', (encodeURIComponent\(String\(requestParameters\['\w+'\]\)\))\);$/;

export function compactRequestDescriptions(file: SourceFile): void {
  for (const fn of file.getFunctions()) {
    if (fn.getName()?.endsWith('RequestOpts')) compact(fn);
  }
}

function compact(fn: FunctionDeclaration): void {
  const statements = fn.getStatements();
  const last = statements.at(-1);
  const returned = last?.asKind(SyntaxKind.ReturnStatement)?.getExpression()?.asKind(SyntaxKind.ObjectLiteralExpression);
  if (!returned) return;
  let path: string | undefined;
  let emptyQuery = false;
  const headers: string[] = [];
  for (const statement of statements.slice(0, -1)) {
    const text = statement.getText().trim();
    let m: RegExpExecArray | null;
    if (GUARD.test(text) || EMPTY_HEADERS.test(text)) continue;
    if (EMPTY_QUERY.test(text)) emptyQuery = true;
    else if ((m = SET_HEADER.exec(text))) headers.push(`${m[1]}: ${m[2]}`);
    else if ((m = PATH.exec(text))) path = m[1];
    else if ((m = PATH_PARAM.exec(text)) && path?.includes(m[1])) {
      const [, placeholder, expression] = m;
      path = path.replace(placeholder, () => `\${${expression}}`);
    }
    else return;
  }
  if (path === undefined) return;

  const properties: string[] = [];
  for (const property of returned.getProperties()) {
    const text = property.getText();
    if (text === 'path: urlPath') properties.push(`path: \`${path}\``);
    else if (text === 'headers: headerParameters') properties.push(headers.length ? `headers: { ${headers.join(', ')} }` : 'headers: {}');
    else if (text === 'query: queryParameters' && emptyQuery) continue;
    else if (/\b(urlPath|headerParameters|queryParameters)\b/.test(text)) return;
    else properties.push(text);
  }
  fn.setBodyText(`return {\n${properties.map((p) => `  ${p},`).join('\n')}\n};`);
}
