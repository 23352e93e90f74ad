/** The folder of the compiled program of `root` (default: this repository), compiled first when `src/` changed. */
export function compiledProgram(root?: string): Promise<string>;
