import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const MINI_CSDL = readFileSync(fileURLToPath(new URL('./fixtures/mini.csdl.xml', import.meta.url)), 'utf8');
