// The shape of a `nabij` subcommand: one file each, thin, calling the same code as the web app.
export type Command = {
  name: string;
  summary: string;
  usage: string;
  run(args: string[]): Promise<number>;
};

export class UsageError extends Error {}
