// Vitest global setup: compiles the `nabij` command once before the test files start, so the files that run it as a
// process (cli, backup, servers) do not each compile it at the same moment.
import { compiledProgram } from '../../bin/compiled.js';

export default async function setup(): Promise<void> {
  await compiledProgram();
}
