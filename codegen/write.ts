// Stage 6: write generated/, or (--check) compare it with what spec/ gives and name every file that differs.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

export function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const walk = (d: string): string[] =>
    readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)]));
  return walk(dir).map((f) => relative(dir, f)).sort();
}

/** Files that differ between `dir` and `files`: changed, missing from disk, or on disk but not generated. */
export function diffGenerated(dir: string, files: Map<string, string>): string[] {
  const onDisk = new Set(listFiles(dir));
  const differ: string[] = [];
  for (const [path, text] of files) {
    if (!onDisk.has(path) || readFileSync(join(dir, path), 'utf8') !== text) differ.push(path);
    onDisk.delete(path);
  }
  return [...differ, ...onDisk].sort();
}

export function writeGenerated(dir: string, files: Map<string, string>): string[] {
  const changed = diffGenerated(dir, files);
  for (const stale of listFiles(dir)) if (!files.has(stale)) rmSync(join(dir, stale));
  removeEmptyFolders(dir);
  for (const [path, text] of files) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return changed;
}

/** Folders that held only files no longer generated (generated/models/ of the older layout) go too. */
function removeEmptyFolders(dir: string): void {
  if (!existsSync(dir)) return;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (!e.isDirectory()) continue;
    const sub = join(dir, e.name);
    removeEmptyFolders(sub);
    if (!readdirSync(sub).length) rmSync(sub, { recursive: true });
  }
}
