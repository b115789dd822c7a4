// The whole pipeline as one function of spec/: the pinned upstream file -> XML tree -> overlay -> slice -> OpenAPI
// -> openapi-generator (our templates) -> ts-morph. Every stage is in memory except the generator's scratch folder.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runGenerator } from './generate.js';
import { sliceToOpenApi } from './openapi/index.js';
import { contractNames } from './openapi/names.js';
import type { OpenApiDoc } from './openapi/types.js';
import { applyOverlay, type Overlay } from './overlay.js';
import { postProcess } from './postprocess/index.js';
import { GRAPH_CALLS, slice } from './slice.js';
import { readUpstream } from './source.js';
import { parseXml } from './xml.js';

export const OVERLAY_FILE = 'overlay-2018.json';

/** Everything before the generator: the Graph-flavoured OpenAPI document of spec/ (no Java needed). `contract`:
 * src/contract.ts, whose names the models must leave to it. */
export function openApiFromSpec(specDir: string, contract: string, log: (s: string) => void = () => {}): OpenApiDoc {
  let t = performance.now();
  const lap = (what: string) => {
    const now = performance.now();
    log(`${what} (${Math.round(now - t)} ms)`);
    t = now;
  };
  const { lock, text } = readUpstream(specDir);
  lap(`source: spec/${lock.file}, sha256 as locked (${lock.commit.slice(0, 12)})`);
  const tree = parseXml(text, `spec/${lock.file}`);
  lap('xml: parsed');
  const overlay = JSON.parse(readFileSync(join(specDir, OVERLAY_FILE), 'utf8')) as Overlay;
  const applied = applyOverlay(tree, overlay, log);
  lap(`overlay: ${applied.applied.length} edits applied`);
  const cut = slice(tree, GRAPH_CALLS);
  lap(`slice: ${cut.types.size} types, ${cut.actions.length} actions, routes ${cut.routes.map((r) => r.name).join(', ')}`);
  const doc = sliceToOpenApi(cut, applied, lock, GRAPH_CALLS.entity, contractNames(readFileSync(contract, 'utf8')));
  lap(`openapi: ${Object.keys(doc.paths).length} paths, ${Object.keys(doc.components.schemas).length} schemas`);
  return doc;
}

export function generateFromSpec(root: string, specDir: string, log: (s: string) => void = () => {}): Map<string, string> {
  const doc = openApiFromSpec(specDir, join(root, 'src', 'contract.ts'), log);
  let t = performance.now();
  const raw = runGenerator(root, doc, log);
  log(`generate: openapi-generator wrote ${raw.size} files (${Math.round(performance.now() - t)} ms)`);
  t = performance.now();
  const files = postProcess(raw, doc);
  files.set('openapi.json', `${JSON.stringify(doc, null, 2)}\n`);
  log(`post-process: ${files.size} files (${Math.round(performance.now() - t)} ms)`);
  return files;
}
