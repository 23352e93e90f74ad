// nabij user create: make an account; professionals get a password (from stdin) and set up their second factor at first
// sign-in.
import { parseArgs } from 'node:util';
import { loadConfig } from '../../config.js';
import { withAccess } from '../../kernel/access/gate.js';
import { accountIdByEmail, insertAccount } from '../../kernel/auth/accounts.js';
import { hashPassword } from '../../kernel/auth/password.js';
import { isRole, needsPasswordAndTotp, roles } from '../../kernel/auth/roles.js';
import { ensureTenant, findTenantBySlug } from '../../kernel/tenancy/queries.js';
import { openMigratedDatabase } from '../../kernel/db/open.js';
import { type Command, UsageError } from '../command.js';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

export const user: Command = {
  name: 'user',
  summary: 'Create accounts',
  usage: `nabij user create --role ROLE --email EMAIL --name NAME [--gemeente SLUG] [--password-stdin]

  --role            one of: ${roles.join(', ')}
  --gemeente        the municipality (default: NABIJ_GEMEENTE, wijkstad when unset); created when it does not exist
  --password-stdin  read the password from standard input (required for wijkteamlid, regisseur,
                    clientondersteuner, opbouwwerker, beheerder; they set up their app code at first sign-in)`,
  async run(args) {
    const config = loadConfig();
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        role: { type: 'string' },
        email: { type: 'string' },
        name: { type: 'string' },
        gemeente: { type: 'string', default: config.defaultTenantSlug },
        'password-stdin': { type: 'boolean', default: false },
      },
    });
    if (positionals[0] !== 'create') throw new UsageError('Unknown subcommand; use: nabij user create');
    const { role, email, name, gemeente } = values;
    if (!role || !isRole(role)) throw new UsageError(`--role must be one of: ${roles.join(', ')}`);
    if (!email || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
      throw new UsageError('--email needs a valid email address');
    if (!name?.trim()) throw new UsageError('--name is required');
    const professional = needsPasswordAndTotp(role);
    if (professional && !values['password-stdin'])
      throw new UsageError(`A ${role} signs in with a password: give it with --password-stdin`);
    const password = professional ? await readStdin() : undefined;
    if (password !== undefined && password.length < 12) {
      console.error('The password must be at least 12 characters.');
      return 1;
    }

    const database = await openMigratedDatabase(config);
    try {
      const tenant =
        (await findTenantBySlug(database.db, gemeente)) ?? (await ensureTenant(database.db, gemeente, gemeente));
      if (await accountIdByEmail(database.db, tenant.id, email)) {
        console.error(`There already is an account with this email address in ${tenant.name}.`);
        return 1;
      }
      await withAccess(
        database.db,
        { kind: 'system', tenantId: tenant.id, process: 'opdrachtregel' },
        { category: 'account', action: 'create', purpose: 'accountbeheer', subjectUserId: null },
        async (gated) =>
          insertAccount(gated, {
            tenantId: tenant.id,
            email,
            displayName: name,
            role,
            passwordHash: password === undefined ? null : await hashPassword(password),
          }),
      );
      console.log(`Account created: ${role} in ${tenant.name}.`);
      return 0;
    } finally {
      await database.close();
    }
  },
};
