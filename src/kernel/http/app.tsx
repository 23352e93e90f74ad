// The Fastify app factory: security headers, CSRF, sessions, language, tenant, errors, and every module's routes.
import { readFileSync } from 'node:fs';
import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import formbody from '@fastify/formbody';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import Fastify, {
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
  type FastifyServerOptions,
} from 'fastify';
import {
  hasZodFastifySchemaValidationErrors,
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
} from 'fastify-type-provider-zod';
import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { ZodError } from 'zod';
import type { DestinationStream } from 'pino';
import { type TokenCaller, tokenScopes } from '../auth/api-tokens.js';
import { SESSION_COOKIE, type SessionUser, sessionUser } from '../auth/sessions.js';
import { DomainError } from '../errors.js';
import { findTenantById, findTenantBySlug, type Tenant } from '../tenancy/queries.js';
import { buildStylesheet } from '../ui/assets.js';
import { Layout } from '../ui/layout.js';
import { type Lang, messagesFor } from '../ui/messages.js';
import { ErrorPage } from '../ui/error-page.js';
import type { View } from '../ui/view.js';
import type { AppContext } from './context.js';
import type { AppPlugin } from '../modules.js';
import { cleanValues, FORM_BODY_LIMIT } from './input.js';
import { problemType, sendProblem } from './problem.js';
import { databaseRateLimitStore } from './rate-limit-store.js';
import { checkRouteAccess, type RegisteredRoute, routeAccessOf } from './route-access.js';
import { authenticateToken, documentApiOperation, tokenRateLimit } from './token-auth.js';

declare module 'fastify' {
  interface FastifyRequest {
    user: SessionUser | undefined;
    sessionToken: string | undefined;
    /** The integration, when an API call carries a valid token; the session cookie is then not read at all. */
    apiToken: TokenCaller | undefined;
    tenant: Tenant | undefined;
    lang: Lang;
    view(): View;
  }
  interface FastifyReply {
    page(title: string, content: VNode, status?: number): FastifyReply;
  }
  interface FastifyInstance {
    ctx: AppContext;
    /** Every route with its access rule, in the order registered: the permission matrix test walks it. */
    routeTable: readonly RegisteredRoute[];
  }
}

export type BuildAppOptions = {
  /** Where log lines go; stdout when absent. Tests read it to prove no personal data is logged. */
  logStream?: DestinationStream;
  /** Routes of the kernel and the modules, in order. */
  routes: readonly AppPlugin[];
};

const LANG_COOKIE = 'taal';

/**
 * The language a first visit gets from the browser's Accept-Language: the supported language (nl, en) the browser
 * prefers most; Dutch when it names neither.
 */
export function languageFromBrowser(header: string | undefined): Lang {
  let best: { lang: Lang; q: number } | undefined;
  for (const part of (header ?? '').split(',')) {
    const [tag = '', ...params] = part.trim().toLowerCase().split(';');
    const base = tag.split('-')[0];
    if (base !== 'nl' && base !== 'en') continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (!Number.isFinite(q) || q <= 0) continue;
    // Equal weights: the one named first wins, as the browser listed them in order.
    if (!best || q > best.q) best = { lang: base, q };
  }
  return best?.lang ?? 'nl';
}

/** "https://{s}.tile.example.org/{z}/{x}/{y}.png" → "https://*.tile.example.org", for the CSP. */
export function tileOrigin(tileUrl: string): string {
  return (/^https?:\/\/[^/]+/.exec(tileUrl)?.[0] ?? "'none'").replace('{s}', '*');
}

function isApi(request: FastifyRequest): boolean {
  return request.url.startsWith('/api/');
}

/** A page in the layout, never cached: what every page and error page is sent with. */
function sendPage(reply: FastifyReply, title: string, content: VNode, status = 200): FastifyReply {
  const html = `<!DOCTYPE html>${renderToString(
    <Layout view={reply.request.view()} title={title}>
      {content}
    </Layout>,
  )}`;
  return reply.code(status).header('cache-control', 'no-store').type('text/html; charset=utf-8').send(html);
}

/** Fastify's types describe ajv's compiler factories; these hand out zod's, the same as setValidatorCompiler. */
const zodCompilers = {
  buildValidator: () => validatorCompiler,
  buildSerializer: () => serializerCompiler,
} as unknown as NonNullable<FastifyServerOptions['schemaController']>['compilersFactory'];

export async function buildApp(ctx: AppContext, options: BuildAppOptions): Promise<FastifyInstance> {
  const { config } = ctx;
  const app = Fastify({
    trustProxy: config.trustProxy,
    // Every route validates and serialises with zod. Named here, Fastify does not load its default JSON-schema
    // compilers (ajv and fast-json-stringify), which cost about 0.4 s of every start.
    schemaController: { compilersFactory: zodCompilers },
    // An address the router cannot read (bad percent-encoding, a part longer than 100 characters) is answered in
    // Dutch like any other error, instead of Fastify's English JSON.
    frameworkErrors: (error, request, reply) => {
      useLanguageAndView(request, reply, { early: true });
      const tooLong = error.code === 'FST_ERR_MAX_PARAM_LENGTH';
      return sendError(request, reply, tooLong ? 414 : 400, 'ongeldig_adres');
    },
    logger: {
      level: config.logLevel,
      stream: options.logStream,
      // Only method, path and status: query strings can carry sign-in tokens, bodies carry personal data.
      serializers: {
        req: (req: { method: string; url: string; id: string }) => ({
          id: req.id,
          method: req.method,
          path: req.url.split('?')[0],
        }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
        err: (err: Error & { code?: string }) => ({
          type: err.name,
          code: err.code,
          message: err.message.slice(0, 200),
          stack: err.stack ?? '',
        }),
      },
    },
  });
  // Every route says who may open it; one without a rule stops the app here (see route-access.ts).
  const routeTable: RegisteredRoute[] = [];
  // A route that takes tokens is rate-limited per token; added here, before the rate-limit plugin reads the config.
  app.addHook('onRoute', (route) => {
    routeTable.push(...routeAccessOf(route));
    if (route.config?.scopes?.length && route.config.rateLimit === undefined)
      route.config.rateLimit = tokenRateLimit(config.tokenRateLimit);
  });
  app.decorate('routeTable', routeTable);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('ctx', ctx);

  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        // Map tiles come from the configured tile server, when there is one.
        imgSrc: ["'self'", 'data:', ...(config.map ? [tileOrigin(config.map.tileUrl)] : [])],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        objectSrc: ["'none'"],
        ...(config.isProduction ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    strictTransportSecurity: config.isProduction ? { maxAge: 31536000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'same-origin' },
    crossOriginEmbedderPolicy: false,
  });
  await app.register(cookie);
  await app.register(formbody, { bodyLimit: FORM_BODY_LIMIT });
  await app.register(csrf, {
    cookieKey: 'nabij_csrf',
    cookieOpts: { httpOnly: true, sameSite: 'lax', secure: config.isProduction, path: '/', signed: false },
  });
  await app.register(rateLimit, { global: false, store: databaseRateLimitStore(ctx.database.db) });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Nabij API',
        version: '1',
        description: 'De API van Nabij. Fouten komen terug als application/problem+json.',
        license: { name: 'EUPL-1.2', identifier: 'EUPL-1.2' },
      },
      servers: [{ url: config.baseUrl }],
      components: {
        securitySchemes: {
          bearerAuth: {
            type: 'http',
            scheme: 'bearer',
            description:
              'Een API-sleutel van een gekoppeld systeem (nabij_…), gemaakt door een beheerder op ' +
              '/beheer/api-sleutels of met nabij token create. ' +
              'Per operatie staat welke rechten (scopes) de sleutel nodig heeft.',
          },
          sessie: {
            type: 'apiKey',
            in: 'cookie',
            name: SESSION_COOKIE,
            description: 'De sessie van een ingelogde persoon in de browser (niet voor gekoppelde systemen).',
          },
        },
      },
    },
    transform: (input) =>
      input.url.startsWith('/api/')
        ? documentApiOperation(jsonSchemaTransform(input), input.route.config)
        : { schema: { hide: true }, url: input.url },
  });

  const stylesheet = buildStylesheet();
  app.get(stylesheet.path, { schema: { hide: true }, config: { access: 'iedereen' } }, async (request, reply) => {
    const gzip = /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
    reply
      .header('cache-control', 'public, max-age=31536000, immutable')
      .header('vary', 'accept-encoding')
      .type('text/css; charset=utf-8');
    if (gzip) reply.header('content-encoding', 'gzip');
    return reply.send(gzip ? stylesheet.gzipped : stylesheet.body);
  });

  const favicon = readFileSync(new URL('../ui/favicon.svg', import.meta.url));
  for (const path of ['/favicon.svg', '/favicon.ico']) {
    app.get(path, { schema: { hide: true }, config: { access: 'iedereen' } }, async (_request, reply) =>
      reply.type('image/svg+xml').header('cache-control', 'public, max-age=604800').send(favicon),
    );
  }

  app.decorateRequest('user', undefined);
  app.decorateRequest('sessionToken', undefined);
  app.decorateRequest('apiToken', undefined);
  app.decorateRequest('tenant', undefined);
  app.decorateRequest('lang', 'nl');
  app.decorateRequest('view', (): View => {
    throw new Error('view() is set by the onRequest hook');
  });

  // The municipality shown to visitors changes rarely; looking it up once a minute saves a query per page.
  let defaultTenant: { at: number; tenant: Tenant } | undefined;
  const visitorTenant = async () => {
    if (defaultTenant && Date.now() - defaultTenant.at < 60_000) return defaultTenant.tenant;
    const tenant = await findTenantBySlug(ctx.database.db, config.defaultTenantSlug);
    // Only a found municipality is kept, so one created a moment later shows up at once.
    defaultTenant = tenant ? { at: Date.now(), tenant } : undefined;
    return tenant;
  };

  /**
   * The page's language (asked in the query, or remembered in a cookie) and what every page needs to render.
   * `early`: an error before the router found a route, when no plugin has run: no cookies, no CSRF, no forms.
   */
  function useLanguageAndView(request: FastifyRequest, reply: FastifyReply, { early }: { early: boolean }) {
    const asked = (request.query as Record<string, unknown> | undefined)?.taal;
    if ((asked === 'nl' || asked === 'en') && early) {
      request.lang = asked;
    } else if (asked === 'nl' || asked === 'en') {
      request.lang = asked;
      reply.setCookie(LANG_COOKIE, asked, {
        path: '/',
        sameSite: 'lax',
        httpOnly: true,
        secure: config.isProduction,
        maxAge: 31536000,
      });
    } else {
      const remembered = request.cookies?.[LANG_COOKIE];
      // A choice made stays (the cookie); a first visit follows the browser's language.
      request.lang =
        remembered === 'en' || remembered === 'nl'
          ? remembered
          : languageFromBrowser(request.headers['accept-language']);
      if (!early && remembered === undefined) reply.header('vary', 'accept-language');
    }

    let csrfToken: string | undefined = early ? '' : undefined;
    request.view = () => {
      return {
        lang: request.lang,
        t: messagesFor(request.lang),
        path: request.url,
        // Made (a secret, a hash, a cookie) only when a page renders a form that posts: a visitor's search page has
        // none, and a token it never sends back was work for nothing on every page.
        get csrfToken() {
          return (csrfToken ??= reply.generateCsrf());
        },
        user: request.user,
        tenant: request.tenant,
        stylesheetPath: stylesheet.path,
        showDevTools: !config.isProduction,
      };
    };
  }

  app.addHook('onRequest', async (request, reply) => {
    // An integration's token counts on the API only; a call with one acts as that token and never as a session.
    if (isApi(request) && request.headers.authorization !== undefined) {
      request.apiToken = await authenticateToken(ctx.database.db, request, reply);
    } else {
      const token = request.cookies[SESSION_COOKIE];
      if (token) {
        request.user = await sessionUser(ctx.database.db, token);
        request.sessionToken = request.user ? token : undefined;
      }
    }
    const tenantId = request.apiToken?.tenantId ?? request.user?.tenantId;
    request.tenant = tenantId ? await findTenantById(ctx.database.db, tenantId) : await visitorTenant();

    useLanguageAndView(request, reply, { early: false });
    await checkRouteAccess(ctx.database.db, request, reply);
  });

  // Invisible characters (see cleanInput) are left out of every field and parameter before validation, so a NUL
  // never reaches the database as a server error and a stored name holds only what can be seen.
  app.addHook('preValidation', async (request) => {
    request.body = cleanValues(request.body);
    request.query = cleanValues(request.query);
    request.params = cleanValues(request.params);
  });

  // An API answer to a signed-in caller or an integration may hold personal data: no cache (a shared proxy, the
  // browser's disk) keeps it.
  app.addHook('onSend', async (request, reply) => {
    if (isApi(request) && (request.user || request.apiToken) && !reply.hasHeader('cache-control'))
      reply.header('cache-control', 'no-store');
  });

  // Forms carry a CSRF token; the API accepts only JSON bodies, which a cross-site form cannot send.
  app.addHook('preHandler', async (request, reply) => {
    if (request.method === 'GET' || request.method === 'HEAD' || request.method === 'OPTIONS') return;
    if (isApi(request)) {
      if (request.body !== undefined && !request.headers['content-type']?.startsWith('application/json')) {
        return sendProblem(reply, { type: problemType('alleen_json'), title: 'Alleen JSON', status: 415 });
      }
      return;
    }
    await new Promise<void>((resolve, reject) => {
      app.csrfProtection(request, reply, (error?: Error) => (error ? reject(error) : resolve()));
    });
  });

  app.decorateReply('page', function (this: FastifyReply, title: string, content: VNode, status = 200) {
    return sendPage(this, title, content, status);
  });

  /** An error as the caller can read it: problem+json for the API, otherwise a Dutch (or English) page. */
  function sendError(
    request: FastifyRequest,
    reply: FastifyReply,
    status: number,
    code: string,
    detail?: string,
    errors?: { field: string; message: string }[],
  ) {
    if (isApi(request)) {
      return sendProblem(reply, {
        type: problemType(code),
        title: code.replace(/_/g, ' '),
        status,
        detail: detail ?? (status >= 500 ? 'Er ging iets mis bij Nabij.' : undefined),
        instance: request.url.split('?')[0],
        errors,
      });
    }
    // A domain error says in plain Dutch what went wrong; other errors get the general text of their status.
    return sendPage(
      reply,
      ...ErrorPage(request.view(), status, code, request.lang === 'nl' && status !== 403 ? detail : undefined),
    );
  }

  app.setErrorHandler((error: Error & { statusCode?: number; code?: string; validation?: unknown }, request, reply) => {
    let status = 500;
    let code = 'interne_fout';
    let detail: string | undefined;
    if (error instanceof DomainError) {
      status = error.status;
      code = error.code;
      detail = error.messageNl;
    } else if (hasZodFastifySchemaValidationErrors(error) || error instanceof ZodError) {
      // A schema that a handler checks itself (schema.parse) refuses input just as a route's schema does.
      status = 400;
      code = 'ongeldige_invoer';
    } else if (error.code?.startsWith('FST_CSRF')) {
      status = 403;
      code = 'formulier_verlopen';
    } else if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      status = error.statusCode;
      code = status === 429 ? 'te_veel_pogingen' : status === 413 ? 'te_groot' : 'ongeldig_verzoek';
    }
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    const errors = hasZodFastifySchemaValidationErrors(error)
      ? error.validation.map((v) => ({
          field: v.instancePath.replace(/^\//, '') || String(v.params?.issue?.path?.[0] ?? ''),
          message: v.message ?? '',
        }))
      : undefined;
    return sendError(request, reply, status, code, error instanceof DomainError ? detail : undefined, errors);
  });

  app.setNotFoundHandler((request, reply) => {
    if (isApi(request)) {
      return sendProblem(reply, {
        type: problemType('niet_gevonden'),
        title: 'niet gevonden',
        status: 404,
        instance: request.url.split('?')[0],
      });
    }
    return reply.page(...ErrorPage(request.view(), 404, 'niet_gevonden'));
  });

  app.get('/healthz', { schema: { hide: true }, config: { access: 'iedereen' } }, async () => ({ status: 'ok' }));
  app.get('/readyz', { schema: { hide: true }, config: { access: 'iedereen' } }, async (_request, reply) => {
    try {
      await ctx.database.db.selectFrom('tenants').select('id').limit(1).execute();
      return { status: 'ok', database: ctx.database.kind };
    } catch {
      return reply.code(503).send({ status: 'database niet bereikbaar' });
    }
  });

  for (const routes of options.routes) await app.register(routes);

  // The description of the API is for anyone, an integration with any token included.
  app.get(
    '/api/v1/openapi.json',
    { schema: { hide: true }, config: { access: 'iedereen', scopes: tokenScopes } },
    async () => app.swagger(),
  );
  return app;
}
