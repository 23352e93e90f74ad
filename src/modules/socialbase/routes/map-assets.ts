// Serves Leaflet and the small map script from our own origin, so the CSP can stay 'self' only.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { FastifyInstance } from 'fastify';

const require = createRequire(import.meta.url);
const leafletDir = dirname(require.resolve('leaflet/dist/leaflet.js'));

const files: Record<string, { path: string; type: string }> = {
  '/assets/leaflet/leaflet.js': { path: join(leafletDir, 'leaflet.js'), type: 'text/javascript; charset=utf-8' },
  '/assets/leaflet/leaflet.css': { path: join(leafletDir, 'leaflet.css'), type: 'text/css; charset=utf-8' },
  '/assets/leaflet/images/marker-icon.png': { path: join(leafletDir, 'images', 'marker-icon.png'), type: 'image/png' },
  '/assets/leaflet/images/marker-icon-2x.png': {
    path: join(leafletDir, 'images', 'marker-icon-2x.png'),
    type: 'image/png',
  },
  '/assets/leaflet/images/marker-shadow.png': {
    path: join(leafletDir, 'images', 'marker-shadow.png'),
    type: 'image/png',
  },
  '/assets/kaart.js': {
    path: new URL('../assets/kaart.js', import.meta.url).pathname,
    type: 'text/javascript; charset=utf-8',
  },
};

export async function mapAssetRoutes(app: FastifyInstance): Promise<void> {
  if (!app.ctx.config.map) return;
  for (const [url, file] of Object.entries(files)) {
    const body = readFileSync(file.path);
    app.get(url, { schema: { hide: true }, config: { access: 'iedereen' } }, async (_request, reply) =>
      reply.type(file.type).header('cache-control', 'public, max-age=86400').send(body),
    );
  }
}
