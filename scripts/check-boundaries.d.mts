// Types for scripts/check-boundaries.mjs, so TypeScript tests can import it.

export interface BoundaryViolation {
  /** File path relative to the checked root, forward slashes. */
  file: string;
  /** The import specifier as written (or the triple-slash directive). */
  specifier: string;
  /** Which rule it breaks, e.g. "src-renderer: no Node builtins". */
  rule: string;
  /** 1-based line of the specifier. */
  line: number;
}

export interface BoundaryReport {
  violations: BoundaryViolation[];
  /** Each entry: the files (relative, sorted) of one strongly connected component of relative imports. */
  cycles: string[][];
  /** Number of scanned files per src-* folder. */
  files: Record<string, number>;
  /** Relative-import graph: file → files it imports (all relative to the root). */
  graph: Map<string, Set<string>>;
}

export const SOURCE_FOLDERS: readonly string[];
export const SOURCE_EXTENSIONS: readonly string[];
export const SHARED_ALLOWED_PACKAGES: readonly string[];

export function checkBoundaries(rootDir: string): BoundaryReport;
export function isNodeBuiltin(specifier: string): boolean;
export function packageName(specifier: string): string;
export function resolveSourceFile(target: string): string | null;
export function findCycles(graph: Map<string, Set<string>>): string[][];
export function describeCycle(graph: Map<string, Set<string>>, component: string[]): string[];
