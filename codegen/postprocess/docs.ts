// Doc comments: the generator tags every model `@export`, `@interface X` or `@type X`, which TypeScript
// already says and doc tools reject as unknown tags; and leaves empty `/** */` blocks where the spec has no
// description. Those tags and empty blocks go; descriptions from the spec stay.
import type { SourceFile } from 'ts-morph';
import { SyntaxKind } from '../lib/ts.js';

const NOISE = new Set(['export', 'interface', 'type', 'memberof']);

export function tidyDocs(file: SourceFile): void {
  for (const doc of file.getDescendantsOfKind(SyntaxKind.JSDoc).reverse()) {
    for (const tag of doc.getTags().reverse()) if (NOISE.has(tag.getTagName())) tag.remove();
    if (!doc.getDescription().trim() && doc.getTags().length === 0) doc.remove();
  }
}
