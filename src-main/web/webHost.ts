import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import type { ChannelTable } from '../ipc/channelTable';
import { CONTENT_SECURITY_POLICY } from './contentSecurityPolicy';

// The web face: the built renderer and the SAME channel table, on loopback only, behind a per-launch token.

const COOKIE = 'dripline_token';
const MAX_BODY = 20 * 1024 * 1024;
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

export interface WebHost {
  url: string;
  /** The URL to open: carries the token once; the page then keeps it in a cookie. */
  openUrl: string;
  token: string;
  close(): Promise<void>;
}

export interface WebHostOptions {
  table: ChannelTable;
  rendererFolder: string;
  port?: number;
  token?: string;
}

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const expected = Buffer.from(token);
  const tokenMatches = (candidate: string | undefined) => {
    if (!candidate) return false;
    const given = Buffer.from(candidate);
    return given.length === expected.length && timingSafeEqual(given, expected);
  };
  let origin = '';

  const server = createServer((req, res) => {
    void serve(req, res).catch((error: unknown) => {
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', 'Internal error');
      console.error('web host:', error);
    });
  });

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = URL.parse(req.url ?? '/', origin);
    if (url === null) return send(res, 400, 'text/plain; charset=utf-8', 'Bad request: malformed address');
    // A page from another site cannot reach us by a DNS name that resolves to loopback.
    if (req.headers.host !== new URL(origin).host && req.headers.host !== `localhost:${new URL(origin).port}`) {
      return send(res, 421, 'text/plain; charset=utf-8', 'Wrong host');
    }
    const fromQuery = url.searchParams.get('token') ?? undefined;
    const authorized =
      tokenMatches(req.headers['x-dripline-token'] as string | undefined) ||
      tokenMatches(readCookie(req, COOKIE)) ||
      tokenMatches(fromQuery);
    if (!authorized)
      return send(res, 401, 'text/plain; charset=utf-8', 'Dripline: this address needs the token printed when the host started.');

    if (fromQuery !== undefined) {
      // Trade the token in the address for a cookie, and drop it from the address bar.
      url.searchParams.delete('token');
      res.setHeader('Set-Cookie', `${COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`);
      res.setHeader('Location', url.pathname + url.search);
      return send(res, 303, 'text/plain; charset=utf-8', '');
    }

    if (url.pathname.startsWith('/ipc/')) {
      if (req.method !== 'POST') return send(res, 405, 'text/plain; charset=utf-8', 'Use POST');
      if (!(req.headers['content-type'] ?? '').startsWith('application/json'))
        return send(res, 415, 'text/plain; charset=utf-8', 'Send JSON');
      const name = decodedPath(url.pathname.slice('/ipc/'.length));
      if (name === null) return send(res, 400, 'text/plain; charset=utf-8', 'Bad request: malformed address');
      let payload: unknown;
      try {
        const body = await readBody(req);
        payload = body.length === 0 ? {} : JSON.parse(body);
      } catch (error) {
        const message = error instanceof Error ? error.message : 'unreadable body';
        return send(res, 400, 'application/json', JSON.stringify({ ok: false, error: { kind: 'invalid', message, fields: [] } }));
      }
      const result = await options.table.dispatch(name, payload);
      return send(res, 200, 'application/json', JSON.stringify(result));
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain; charset=utf-8', 'Method not allowed');
    return serveStatic(url.pathname, res);
  }

  function serveStatic(pathname: string, res: ServerResponse): void {
    const root = normalize(options.rendererFolder);
    const relative = decodedPath(pathname === '/' ? '/index.html' : pathname);
    if (relative === null) return send(res, 400, 'text/plain; charset=utf-8', 'Bad request: malformed address');
    let file = normalize(join(root, relative));
    if (!file.startsWith(root + sep)) return send(res, 404, 'text/plain; charset=utf-8', 'Not found');
    // The renderer routes in the page: unknown paths get the app shell.
    if (!existsSync(file) || !statSync(file).isFile()) file = join(root, 'index.html');
    res.writeHead(200, {
      'Content-Type': (Object.hasOwn(TYPES, extname(file)) ? TYPES[extname(file)] : undefined) ?? 'application/octet-stream',
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': 'no-store',
    });
    createReadStream(file).pipe(res);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('web host has no TCP address');
  origin = `http://127.0.0.1:${address.port}`;
  return {
    url: origin,
    openUrl: `${origin}/?token=${token}`,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
  res.end(body);
}

/** A percent-decoded path, or null when the escapes are malformed (`%zz`, a cut UTF-8 sequence): a 400, not a 500. */
function decodedPath(path: string): string | null {
  try {
    return decodeURIComponent(path);
  } catch {
    return null;
  }
}

function readCookie(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new Error('request body is too large'));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
