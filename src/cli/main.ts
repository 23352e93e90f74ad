// The `nabij` command: picks a subcommand and runs it. Room for import, export and triage as they arrive.
import { DataDirLockedError } from '../kernel/db/lock.js';
import { type Command, UsageError } from './command.js';
import { exportCommand } from './commands/export.js';
import { importCommand } from './commands/import.js';
import { migrate } from './commands/migrate.js';
import { reminders } from './commands/reminders.js';
import { triageCommand } from './commands/triage.js';
import { seed } from './commands/seed.js';
import { serve } from './commands/serve.js';
import { user } from './commands/user.js';

const commands: Command[] = [serve, migrate, seed, user, importCommand, exportCommand, triageCommand, reminders];

function overview(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return `Usage: nabij <command> [options]\n\nCommands:\n${commands
    .map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`)
    .join('\n')}\n\nnabij <command> --help shows the options of a command.`;
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(overview());
    return name ? 0 : 2;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    console.error(`Unknown command: ${name}\n\n${overview()}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    console.log(command.usage);
    return 0;
  }
  try {
    return await command.run(rest);
  } catch (error) {
    if (error instanceof UsageError || (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))) {
      console.error(`${error.message}\n\n${command.usage}`);
      return 2;
    }
    if (error instanceof DataDirLockedError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
}

process.exitCode = await main(process.argv.slice(2));
