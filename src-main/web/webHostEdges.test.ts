import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startWebHost, type WebHost } from './webHost';
import { tempRuntime } from '../testing/tempDatabase';

// Issue "Trust", item 6 (bad input) at the web face: malformed addresses get 400 (never 500), an oversized body is
// refused 413 before it is read or parsed, a foreign Origin is refused 403 and changes nothing, no token stays 401.

const LIMIT = 60 * 1024 * 1024;

interface Answer {
  status: number;
  body: string;
}

interface RawRequest {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  /** Written as is (chunked unless a Content-Length header is given); the answer is awaited without ending the request. */
  body?: string;
  end?: boolean;
}

/** One request on its own connection, the request target sent exactly as given (fetch would normalize it). */
function raw(url: string, { method = 'GET', path, headers = {}, body, end = true }: RawRequest): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, path, headers: { Connection: 'close', ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') });
        req.destroy();
      });
    });
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    if (end) req.end();
    else req.flushHeaders();
  });
}

describe('the web host at its edges', () => {
  let runtime: ReturnType<typeof tempRuntime>;
  let host: WebHost;
  let small: WebHost;
  let own: string;
  let ownLocalhost: string;

  beforeEach(async () => {
    runtime = tempRuntime();
    const renderer = join(runtime.dir, 'renderer');
    mkdirSync(join(renderer, 'assets'), { recursive: true });
    writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Dripline</title>');
    writeFileSync(join(renderer, 'assets', 'app.js'), 'console.log(1);');
    host = await startWebHost({ table: runtime.table, rendererFolder: renderer });
    // The same table behind a 1 kB body limit: a chunked body outgrowing it without sending 60 MB.
    small = await startWebHost({ table: runtime.table, rendererFolder: renderer, maxBodyBytes: 1024 });
    own = host.url;
    ownLocalhost = host.url.replace('127.0.0.1', 'localhost');
  });
  afterEach(async () => {
    await host.close();
    await small.close();
    runtime.cleanup();
  });

  const token = () => ({ 'X-Dripline-Token': host.token });
  const json = { 'Content-Type': 'application/json' };
  const isEmpty = () => runtime.services.status().isEmpty;
  const auditRows = () => runtime.opened.sqlite.prepare('SELECT count(*) FROM audit_log').pluck().get();
  /** The cookie the page gets for the token in its first address. */
  async function pageCookie(): Promise<string> {
    const first = await fetch(host.openUrl, { redirect: 'manual' });
    return (first.headers.get('set-cookie') ?? '').split(';')[0]!;
  }

  describe('malformed addresses', () => {
    it('answers 400 to a broken escape, a scheme-relative or absolute target, and a very long path, and changes nothing', async () => {
      const cases: [string, string][] = [
        ['POST', '/ipc/%E0%A4%A'],
        ['POST', '/ipc/demo.open%'],
        ['GET', '/%'],
        ['GET', '//..//..'],
        ['POST', '//evil.example/ipc/demo.open'],
        ['POST', '/\\evil.example/ipc/demo.open'],
        ['POST', 'http://evil.example/ipc/demo.open'],
        ['OPTIONS', '*'],
        ['GET', `/${'a'.repeat(3000)}`],
        ['POST', `/ipc/${'%41'.repeat(700)}`],
      ];
      for (const [method, path] of cases) {
        const answer = await raw(host.url, { method, path, headers: { ...token(), ...json, Origin: own }, body: '{}' });
        expect([path.slice(0, 40), answer.status]).toEqual([path.slice(0, 40), 400]);
      }
      expect(isEmpty()).toBe(true);
      expect(auditRows()).toBe(0);
    });

    it('leaves a request line past the HTTP parser’s 16 kB to Node, which answers 431 before the host sees it', async () => {
      expect((await raw(host.url, { path: `/${'a'.repeat(20_000)}`, headers: token() })).status).toBe(431);
    });

    it('keeps an escaped path inside the renderer folder, and serves a well-formed escape', async () => {
      const shell = { status: 200, body: '<!doctype html><title>Dripline</title>' };
      // WHATWG URL parsing turns %2e%2e into '..' and resolves it: /etc/passwd, inside the folder, absent: the app shell.
      expect(await raw(host.url, { path: '/%2e%2e/%2e%2e/etc/passwd', headers: token() })).toEqual(shell);
      // An escaped slash survives parsing and leaves the folder once decoded: refused.
      expect((await raw(host.url, { path: '/assets/..%2f..%2f..%2fdripline.sqlite', headers: token() })).status).toBe(404);
      // A backslash is no separator on POSIX: a file name the folder does not hold, so the app shell.
      expect(await raw(host.url, { path: '/..%5c..%5cdripline.sqlite', headers: token() })).toEqual(shell);
      expect(await raw(host.url, { path: '/assets/%61pp.js', headers: token() })).toEqual({ status: 200, body: 'console.log(1);' });
    });

    it('never answers 500 to any target made of the characters addresses are built from (property)', async () => {
      const ALLOWED = [200, 303, 400, 401, 403, 404, 405, 415];
      const unit = fc.constantFrom(...'/%.\\?#&=:@!$()*+,;[]~_-aZ09E'.split(''));
      await fc.assert(
        fc.asyncProperty(fc.string({ unit, maxLength: 60 }), fc.constantFrom('GET', 'POST'), async (tail, method) => {
          const path = `/${tail}`;
          const answer = await raw(host.url, { method, path, headers: { ...token(), ...json, Origin: own }, body: '{}' });
          expect(ALLOWED, `${method} ${path} -> ${answer.status}`).toContain(answer.status);
        }),
        { numRuns: 150, seed: 20261125 },
      );
    });
  });

  describe('body size', () => {
    it(`refuses a declared body over ${LIMIT / 1024 / 1024} MB with 413 before reading it, and imports nothing`, async () => {
      const headers = { ...token(), ...json, Origin: own, 'Content-Length': String(LIMIT + 1) };
      const answer = await raw(host.url, { method: 'POST', path: '/ipc/dataset.import', headers, body: '{"document":', end: false });
      expect(answer.status).toBe(413);
      expect(JSON.parse(answer.body)).toEqual({
        ok: false,
        error: { kind: 'invalid', message: 'The request is larger than 60 MB.', fields: [] },
      });
      expect(isEmpty()).toBe(true);
    });

    it('refuses a chunked body once it outgrows the limit, without parsing it (a whole, valid request)', async () => {
      const answer = await raw(small.url, {
        method: 'POST',
        path: '/ipc/demo.open',
        headers: { 'X-Dripline-Token': small.token, ...json, Origin: small.url },
        body: `{"pad":"${'x'.repeat(2000)}"}`,
        end: false,
      });
      expect(answer.status).toBe(413);
      expect(isEmpty()).toBe(true);
      // Under the limit the same host reads, parses and dispatches: the 413 was the size, not the channel.
      const fits = await raw(small.url, {
        method: 'POST',
        path: '/ipc/app.status',
        headers: { 'X-Dripline-Token': small.token, ...json },
        body: '{}',
      });
      expect(fits.status).toBe(200);
      expect(JSON.parse(fits.body)).toMatchObject({ ok: true, value: { isEmpty: true } });
    });

    it('reads a 25 MB body (more than a 20,000-patient dataset) and answers it with a typed result', async () => {
      const response = await fetch(`${host.url}/ipc/patients.search`, {
        method: 'POST',
        headers: { ...token(), ...json },
        body: JSON.stringify({ query: 'x'.repeat(25 * 1024 * 1024) }),
      });
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ ok: false, error: { kind: 'invalid', fields: [{ path: 'query' }] } });
    });
  });

  describe('Origin', () => {
    it('refuses a foreign Origin with 403 even with the right token, and changes nothing', async () => {
      const other = `http://127.0.0.1:${Number(new URL(host.url).port) === 65535 ? 1 : Number(new URL(host.url).port) + 1}`;
      for (const origin of ['http://evil.example', 'null', other, `${own}.evil.example`, `https://127.0.0.1:${new URL(host.url).port}`]) {
        const answer = await raw(host.url, {
          method: 'POST',
          path: '/ipc/demo.open',
          headers: { ...token(), ...json, Origin: origin },
          body: '{}',
        });
        expect([origin, answer.status]).toEqual([origin, 403]);
      }
      const page = await raw(host.url, { path: '/', headers: { cookie: await pageCookie(), Origin: 'http://evil.example' } });
      expect(page.status).toBe(403);
      expect(isEmpty()).toBe(true);
      expect(auditRows()).toBe(0);
    });

    it('refuses a cookie-borne write without Origin (403), and serves the page without one', async () => {
      const cookie = await pageCookie();
      const write = await raw(host.url, { method: 'POST', path: '/ipc/demo.open', headers: { cookie, ...json }, body: '{}' });
      expect(write.status).toBe(403);
      expect(isEmpty()).toBe(true);
      const page = await raw(host.url, { path: '/', headers: { cookie } });
      expect(page).toMatchObject({ status: 200, body: '<!doctype html><title>Dripline</title>' });
    });

    it('serves the page’s own origin, by 127.0.0.1 or by localhost, with the cookie', async () => {
      const cookie = await pageCookie();
      const status = await raw(host.url, {
        method: 'POST',
        path: '/ipc/app.status',
        headers: { cookie, ...json, Origin: own },
        body: '{}',
      });
      expect(JSON.parse(status.body)).toMatchObject({ ok: true, value: { isEmpty: true } });
      const port = new URL(host.url).port;
      const headers = { cookie, ...json, Origin: ownLocalhost, Host: `localhost:${port}` };
      const opened = await raw(host.url, { method: 'POST', path: '/ipc/demo.open', headers, body: '{}' });
      expect(opened.status).toBe(200);
      expect(JSON.parse(opened.body)).toMatchObject({ ok: true });
      expect(isEmpty()).toBe(false);
    });
  });

  describe('the token', () => {
    it('stays 401 without it, from our own origin or none; a foreign origin is 403 first', async () => {
      const post = (headers: Record<string, string>) =>
        raw(host.url, { method: 'POST', path: '/ipc/demo.open', headers: { ...json, ...headers }, body: '{}' });
      expect((await post({ Origin: own })).status).toBe(401);
      expect((await post({})).status).toBe(401);
      expect((await post({ Origin: own, 'X-Dripline-Token': `${host.token}x` })).status).toBe(401);
      expect((await post({ Origin: own, cookie: 'dripline_token=' })).status).toBe(401);
      expect((await post({ Origin: 'http://evil.example' })).status).toBe(403);
      expect((await raw(host.url, { path: '/assets/app.js' })).status).toBe(401);
      expect(isEmpty()).toBe(true);
    });
  });
});
