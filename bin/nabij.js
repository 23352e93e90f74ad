#!/usr/bin/env node
// The `nabij` command: runs the compiled program (bin/compiled.js compiles src/ first when it changed), or with
// NABIJ_FROM_SOURCE=1 the TypeScript sources through tsx, with their own line numbers in stack traces.
if (process.env.NABIJ_FROM_SOURCE === '1') {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
} else {
  const { compiledProgram } = await import('./compiled.js');
  const { pathToFileURL } = await import('node:url');
  const { join } = await import('node:path');
  // On stderr: a command's stdout may be a file (an export).
  const compiling = () => process.stderr.write('Nabij wordt gecompileerd (na een wijziging in src/, eenmalig)…\n');
  const program = await compiledProgram(undefined, { compiling });
  // New embedded databases start from a migrated copy kept beside the program (src/config.ts, programDir).
  process.env.NABIJ_PROGRAM_DIR = program;
  await import(pathToFileURL(join(program, 'cli', 'main.js')).href);
}
