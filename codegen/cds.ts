// The generator's start-up, shortened: from Java 13 on, a run can leave the classes it loaded in an archive (AppCDS)
// that the next run maps instead of loading and verifying them again, about a second less of a 3 s run. The archive
// is a cache (in the OS temp folder), one per JAR and Java runtime; the run that has none writes it under a name of
// its own and renames it into place, so a concurrent run never maps half an archive, and a stale or damaged one is
// only a warning: the JVM then runs without it.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ClassArchive {
  /** JVM flags for this run. */
  flags: string[];
  /** After the run: puts a newly written archive in place when the run succeeded, else drops it. */
  finish(succeeded: boolean): void;
}

export function classArchive(jarPath: string, java: { version: string; major: number }, dir = join(tmpdir(), 'graph-comms-codegen-cds')): ClassArchive {
  if (java.major < 13) return { flags: [], finish: () => {} };
  const jar = statSync(jarPath);
  const key = createHash('sha256').update(`${jarPath}\n${jar.size}\n${jar.mtimeMs}\n${java.version}`).digest('hex').slice(0, 16);
  const archive = join(dir, `${key}.jsa`);
  if (existsSync(archive)) return { flags: [`-XX:SharedArchiveFile=${archive}`], finish: () => {} };
  mkdirSync(dir, { recursive: true });
  const writing = join(dir, `${key}.${process.pid}.${Date.now()}.tmp`);
  return {
    flags: [`-XX:ArchiveClassesAtExit=${writing}`],
    finish: (succeeded) => {
      if (succeeded && existsSync(writing)) renameSync(writing, archive);
      rmSync(writing, { force: true });
    },
  };
}
