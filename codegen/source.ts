// Stage 1: the upstream file, exactly as the lock file pins it. Every run hashes it: a file that is not the one the
// lock names (edited by hand, truncated, or moved to a new commit without updating the lock) stops the run.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface UpstreamLock {
  /** Where the file is published (a GitHub repository URL). */
  repository: string;
  /** Its path in that repository. */
  path: string;
  commit: string;
  committed?: string;
  /** The copy's name in spec/. */
  file: string;
  sha256: string;
  bytes: number;
}

export const LOCK_FILE = 'upstream.lock.json';

export function readLock(specDir: string): UpstreamLock {
  const lock = JSON.parse(readFileSync(join(specDir, LOCK_FILE), 'utf8')) as UpstreamLock;
  for (const key of ['repository', 'path', 'commit', 'file', 'sha256'] as const) {
    if (typeof lock[key] !== 'string' || !lock[key]) throw new Error(`spec/${LOCK_FILE}: "${key}" is missing`);
  }
  return lock;
}

/** The upstream file's text, once its sha256 is the lock's. */
export function readUpstream(specDir: string): { lock: UpstreamLock; text: string } {
  const lock = readLock(specDir);
  const bytes = readFileSync(join(specDir, lock.file));
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (sha256 !== lock.sha256) {
    throw new Error(
      `spec/${lock.file}: sha256 is ${sha256}, but spec/${LOCK_FILE} pins ${lock.sha256} (${lock.repository} ${lock.path} @ ${lock.commit}). ` +
        'Restore the file, or update the lock when moving to a new upstream commit (codegen/README.md, "Moving to a newer upstream").',
    );
  }
  return { lock, text: bytes.toString('utf8') };
}
