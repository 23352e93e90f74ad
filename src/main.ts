// Start-up for development (`npm run dev`): the same as `nabij serve --demo`.
process.argv.splice(2, process.argv.length, 'serve', '--demo');
await import('./cli/main.js');
