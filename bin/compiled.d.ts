/**
 * The folder of the compiled program of `root` (default: this repository), compiled first when `src/` changed;
 * `compiling` is called before a compile starts.
 */
export function compiledProgram(root?: string, options?: { compiling?: () => void }): Promise<string>;
