// Browser bundle size: a cancel-only entry that imports the package by name from a scratch package (a
// symlink in its node_modules points at this repo), bundled by esbuild for the browser, so the package's
// `browser` export condition picks dist/browser (the fetch-only transport) exactly as it would for a user. Minified, then gzip -9.
// (esbuild follows the symlink; the browser field applies because the files are inside the package.)
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type Row, fmt } from './stats.js';

export const BUNDLE_GOAL_BYTES = 12 * 1024;

// What a browser app using only cancelMediaProcessing writes, and its hand-written equivalent.
const SDK_ENTRY = `import { CommsClient } from 'graph-comms-sdk';
export function cancel(getToken, callId) {
  return new CommsClient({ auth: getToken }).cancelMediaProcessing({ callId }, { all: true });
}
`;
const RAW_ENTRY = `export async function cancel(getToken, callId) {
  const res = await fetch('https://graph.microsoft.com/beta/app/calls/' + encodeURIComponent(callId) + '/cancelMediaProcessing', {
    method: 'POST',
    headers: { Authorization: 'Bearer ' + (await getToken()), 'Content-Type': 'application/json', 'client-request-id': crypto.randomUUID() },
    body: JSON.stringify({ all: true }),
  });
  if (res.status !== 202) throw new Error('cancelMediaProcessing failed: ' + res.status);
  return res.headers.get('location');
}
`;

interface Size {
  min: number;
  gz: number;
  /** Modules that put bytes in the output, with their minified bytes, largest first. */
  inputs: [string, number][];
}

/** `packageDir`: the package to bundle (a directory with its package.json and dist/). */
export async function benchBundle(packageDir: string, note: (s: string) => void): Promise<Row[]> {
  const esbuild = await import('esbuild');
  const dir = mkdtempSync(join(tmpdir(), 'graph-comms-bundle-'));
  try {
    mkdirSync(join(dir, 'node_modules'));
    symlinkSync(packageDir, join(dir, 'node_modules', 'graph-comms-sdk'), 'dir');
    writeFileSync(join(dir, 'package.json'), '{ "name": "bundle-probe", "private": true, "type": "module" }\n');
    const size = async (name: string, source: string): Promise<Size> => {
      writeFileSync(join(dir, name), source);
      const r = await esbuild.build({
        entryPoints: [join(dir, name)],
        absWorkingDir: dir,
        bundle: true,
        minify: true,
        format: 'esm',
        platform: 'browser',
        target: 'es2022',
        write: false,
        metafile: true,
        logLevel: 'silent',
      });
      const code = r.outputFiles[0]!.contents;
      // The modules that put bytes in the output (metafile.inputs also lists files read and then shaken away).
      const used = Object.entries(Object.values(r.metafile.outputs)[0]!.inputs);
      const inputs = used
        .filter(([, v]) => v.bytesInOutput > 0)
        .map(([k, v]): [string, number] => [k.replace(/^.*?\/dist\//, 'dist/'), v.bytesInOutput])
        .sort((a, b) => b[1] - a[1]);
      return { min: code.length, gz: gzipSync(code, { level: 9 }).length, inputs };
    };
    const sdk = await size('sdk.js', SDK_ENTRY);
    const raw = await size('raw.js', RAW_ENTRY);
    // The swap must have happened, or the figure is not a browser bundle's.
    const names = sdk.inputs.map(([name]) => name);
    const leaked = names.filter((i) => /node-fetch|node:/.test(i));
    if (leaked.length || !names.some((i) => i.endsWith('dist/browser/index.js'))) {
      throw new Error(`browser bundle took Node-only modules: ${leaked.join(', ') || 'not the browser build'}`);
    }
    const top = sdk.inputs.slice(0, 6).map(([name, bytes]) => `${name} ${(bytes / 1024).toFixed(1)}`);
    note(`bundle: largest modules (KB minified, before gzip): ${top.join(', ')}`);
    return [
      {
        metric: `browser bundle, cancel-only entry (min / min+gz -9; ${sdk.inputs.length} modules)`,
        sdk: `${fmt.kb(sdk.min)} / ${fmt.kb(sdk.gz)}`,
        raw: `${fmt.kb(raw.min)} / ${fmt.kb(raw.gz)}`,
        goal: '≤ 12 KB min+gz',
        met: sdk.gz <= BUNDLE_GOAL_BYTES,
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
