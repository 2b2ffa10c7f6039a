import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import type { ChannelTable } from '../ipc/channelTable';
import { CONTENT_SECURITY_POLICY } from './contentSecurityPolicy';

// The web face: the built renderer and the SAME channel table, on loopback only, behind a per-launch token.

const COOKIE = 'dripline_token';
// The largest legitimate body: an 835 at remitInputs' 50 MB cap, JSON-escaped (a 20,000-patient dataset is ~19 MB).
const MAX_BODY = 60 * 1024 * 1024;
// Our own addresses are short (/ipc/<channel>, /assets/<file>, ?token=): a longer one is not from the page.
const MAX_TARGET = 2048;
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
  /** The largest request body read, in bytes (default MAX_BODY); a larger one is answered 413 unread. */
  maxBodyBytes?: number;
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
  let ownHosts: string[] = [];
  let ownOrigins: string[] = [];
  const maxBody = options.maxBodyBytes ?? MAX_BODY;

  const server = createServer((req, res) => {
    void serve(req, res).catch((error: unknown) => {
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', 'Internal error');
      console.error('web host:', error);
    });
  });

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const target = req.url ?? '/';
    // Origin-form only (RFC 9112 3.2.1): '//host/…' or an absolute URL would be read as another host's address.
    if (!target.startsWith('/') || target.startsWith('//') || target.length > MAX_TARGET)
      return send(res, 400, 'text/plain; charset=utf-8', 'Bad request: malformed address');
    const url = URL.parse(target, origin);
    if (url === null || url.origin !== origin) return send(res, 400, 'text/plain; charset=utf-8', 'Bad request: malformed address');
    // A page from another site cannot reach us by a DNS name that resolves to loopback.
    if (!ownHosts.includes(req.headers.host ?? '')) return send(res, 421, 'text/plain; charset=utf-8', 'Wrong host');
    // A page from another origin (or an opaque 'null' one) is refused whatever it carries (CSRF).
    const from = req.headers.origin;
    if (from !== undefined && !ownOrigins.includes(from)) return send(res, 403, 'text/plain; charset=utf-8', 'Forbidden: foreign origin');
    const byHeader = tokenMatches(req.headers['x-dripline-token'] as string | undefined);
    const fromQuery = url.searchParams.get('token') ?? undefined;
    const authorized = byHeader || tokenMatches(readCookie(req, COOKIE)) || tokenMatches(fromQuery);
    if (!authorized)
      return send(res, 401, 'text/plain; charset=utf-8', 'Dripline: this address needs the token printed when the host started.');
    // Browsers send Origin with every POST; a cookie-borne request without one is not our page. A client that sets
    // the token header itself is not a browser page (another origin cannot set it without a preflight we never grant).
    if (from === undefined && req.method !== 'GET' && req.method !== 'HEAD' && !byHeader)
      return send(res, 403, 'text/plain; charset=utf-8', 'Forbidden: a request without Origin may only read the page');

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
      const declared = Number(req.headers['content-length'] ?? 0);
      if (declared > maxBody) return tooLarge(res, maxBody);
      const body = await readBody(req, maxBody);
      if (body === null) return tooLarge(res, maxBody);
      let payload: unknown;
      try {
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
  ownHosts = [`127.0.0.1:${address.port}`, `localhost:${address.port}`];
  ownOrigins = ownHosts.map((host) => `http://${host}`);
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

function send(res: ServerResponse, status: number, type: string, body: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', ...headers });
  res.end(body);
}

/** 413, and the connection closed: the rest of the body is never read (RFC 9110 15.5.14). */
function tooLarge(res: ServerResponse, limit: number): void {
  const message = `The request is larger than ${Math.round(limit / (1024 * 1024))} MB.`;
  send(res, 413, 'application/json', JSON.stringify({ ok: false, error: { kind: 'invalid', message, fields: [] } }), {
    Connection: 'close',
  });
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

/** The body as text, or null as soon as it grows past `limit` (a chunked body declares no length): never parsed. */
function readBody(req: IncomingMessage, limit: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      chunks.length = 0;
      req.off('data', onData);
      resolve(null);
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
