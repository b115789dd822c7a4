// ts-morph settings shared by the post-processing.
import { IndentationText, NewLineKind, Project, QuoteKind, SyntaxKind } from 'ts-morph';

export { SyntaxKind };

/** An in-memory project: post-processing never touches the disk, so runs are independent and repeatable. */
export function memoryProject(): Project {
  return new Project({
    useInMemoryFileSystem: true,
    skipAddingFilesFromTsConfig: true,
    manipulationSettings: {
      indentationText: IndentationText.TwoSpaces,
      newLineKind: NewLineKind.LineFeed,
      quoteKind: QuoteKind.Single,
      useTrailingCommas: true,
    },
    compilerOptions: { strict: true, target: 99, module: 199, moduleResolution: 99 },
  });
}
