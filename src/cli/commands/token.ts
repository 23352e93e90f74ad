// nabij token create | lijst | intrekken: API keys of connected systems, the same as /beheer/api-sleutels.
import { parseArgs } from 'node:util';
import { loadConfig } from '../../config.js';
import {
  createApiToken,
  endOfDutchDay,
  isTokenScope,
  listApiTokens,
  revokeApiToken,
  tokenScopes,
} from '../../kernel/auth/api-tokens.js';
import { openMigratedDatabase } from '../../kernel/db/open.js';
import { findTenantBySlug } from '../../kernel/tenancy/queries.js';
import { type Command, UsageError } from '../command.js';

// Times in UTC, to the minute, so they read the same on any server.
const isoMinute = (at: Date | null) => (at ? `${at.toISOString().slice(0, 16)}Z` : '-');
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const token: Command = {
  name: 'token',
  summary: 'API keys for connected systems: create, list, revoke',
  usage: `nabij token create --naam NAME --scope SCOPE [--scope SCOPE] [--geldig-tot YYYY-MM-DD] [--gemeente SLUG]
nabij token lijst [--gemeente SLUG]
nabij token intrekken ID [--gemeente SLUG]

  --naam        the system that uses the key; residents see it in their access log
  --scope       what the key may do, one or more of: ${tokenScopes.join(', ')}
  --geldig-tot  the last day the key works (Dutch time); without it, until revoked
  --gemeente    the municipality (default: NABIJ_GEMEENTE, wijkstad)

The key is printed once, on the last line of create's output; only a hash of it is stored.`,
  async run(args) {
    const config = loadConfig();
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        naam: { type: 'string' },
        scope: { type: 'string', multiple: true, default: [] },
        'geldig-tot': { type: 'string' },
        gemeente: { type: 'string', default: config.defaultTenantSlug },
      },
    });
    const [action, id, ...rest] = positionals;
    if (action !== 'create' && action !== 'lijst' && action !== 'intrekken')
      throw new UsageError('Say what to do: create, lijst or intrekken');
    if (rest.length > 0 || (action !== 'intrekken' && id !== undefined))
      throw new UsageError(`Unexpected argument: ${[id, ...rest].filter(Boolean).join(' ')}`);
    if (action === 'intrekken' && !(id && uuidPattern.test(id))) throw new UsageError('Give the id of the key');
    const name = values.naam?.trim() ?? '';
    const scopes = values.scope.filter(isTokenScope);
    const until = values['geldig-tot'];
    if (action === 'create') {
      if (!name || name.length > 100) throw new UsageError('--naam is required (at most 100 characters)');
      if (scopes.length === 0 || scopes.length !== values.scope.length)
        throw new UsageError(`--scope must be one or more of: ${tokenScopes.join(', ')}`);
      if (until !== undefined && !(/^\d{4}-\d{2}-\d{2}$/.test(until) && endOfDutchDay(until) > new Date()))
        throw new UsageError('--geldig-tot must be today or a later date, as YYYY-MM-DD');
    }

    const database = await openMigratedDatabase(config);
    try {
      const tenant = await findTenantBySlug(database.db, values.gemeente);
      if (!tenant) {
        console.error(`Gemeente ${values.gemeente} bestaat niet.`);
        return 1;
      }
      if (action === 'create') {
        const created = await createApiToken(database.db, {
          tenantId: tenant.id,
          name,
          scopes,
          expiresAt: until ? endOfDutchDay(until) : null,
          createdBy: null,
        });
        console.log(`API key ${created.id} created for ${name} in ${tenant.name}. It is shown only now:`);
        console.log(created.token);
        return 0;
      }
      if (action === 'intrekken') {
        if (!(await revokeApiToken(database.db, tenant.id, id!, null))) {
          console.error(`${tenant.name} has no API key ${id}.`);
          return 1;
        }
        console.log(`API key ${id} is revoked.`);
        return 0;
      }
      const keys = await listApiTokens(database.db, tenant.id);
      if (keys.length === 0) console.log(`${tenant.name} has no API keys.`);
      for (const key of keys)
        console.log(
          [key.id, key.state, key.name, key.scopes.join(','), `made ${isoMinute(key.createdAt)}`]
            .concat([`ends ${isoMinute(key.expiresAt)}`, `last used ${isoMinute(key.lastUsedAt)}`])
            .join('\t'),
        );
      return 0;
    } finally {
      await database.close();
    }
  },
};
