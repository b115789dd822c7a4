// Small inputs for the codegen stages: a stand-in for the upstream file, and the project's own overlay.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Overlay } from '../../codegen/overlay.js';
import { parseXml, type XmlElement } from '../../codegen/xml.js';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export const MINI_UPSTREAM = readFileSync(here('./fixtures/upstream-mini.csdl'), 'utf8');
export const miniTree = (): XmlElement => parseXml(MINI_UPSTREAM, 'upstream-mini.csdl');
export const projectOverlay = (): Overlay => JSON.parse(readFileSync(here('../../spec/overlay-2018.json'), 'utf8'));
