#!/usr/bin/env node
// The `nabij` command: loads the TypeScript sources through tsx, so the CLI always runs the code in the tree.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
