import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startWebHost, type WebHost } from './webHost';
import { tempRuntime } from '../testing/tempDatabase';

describe('the web host', () => {
  let runtime: ReturnType<typeof tempRuntime>;
  let host: WebHost;

  beforeEach(async () => {
    runtime = tempRuntime();
    const renderer = join(runtime.dir, 'renderer');
    mkdirSync(renderer);
    writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Dripline</title>');
    host = await startWebHost({ table: runtime.table, rendererFolder: renderer });
  });
  afterEach(async () => {
    await host.close();
    runtime.cleanup();
  });

  const ipc = (channel: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${host.url}/ipc/${channel}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });

  it('listens on loopback only', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('answers 401 without the token and touches nothing', async () => {
    const refused = await ipc('demo.open', {});
    expect(refused.status).toBe(401);
    expect(runtime.services.status().isEmpty).toBe(true);
    expect((await fetch(`${host.url}/`)).status).toBe(401);
    expect((await ipc('demo.open', {}, { 'X-Dripline-Token': 'wrong-token' })).status).toBe(401);
    expect(runtime.services.status().isEmpty).toBe(true);
  });

  it('serves the same channel table with the token', async () => {
    const opened = await ipc('demo.open', {}, { 'X-Dripline-Token': host.token });
    expect(opened.status).toBe(200);
    expect(((await opened.json()) as { ok: boolean }).ok).toBe(true);
    const invalid = await ipc('patients.get', { id: '' }, { 'X-Dripline-Token': host.token });
    expect(await invalid.json()).toMatchObject({ ok: false, error: { kind: 'invalid', fields: [{ path: 'id' }] } });
  });

  it('trades the token in the address for a strict cookie, then serves the page with its CSP', async () => {
    const first = await fetch(host.openUrl, { redirect: 'manual' });
    expect(first.status).toBe(303);
    expect(first.headers.get('location')).toBe('/');
    const cookie = first.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const page = await fetch(`${host.url}/`, { headers: { cookie: cookie.split(';')[0]! } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(await page.text()).toContain('<title>Dripline</title>');
  });

  it('answers 400, not 500, to a malformed percent escape in the path', async () => {
    const headers = { 'X-Dripline-Token': host.token };
    for (const path of ['/%E0%A4%A', '/%zz', '/assets/%E0%A4%A.js', '/%'])
      expect((await fetch(`${host.url}${path}`, { headers })).status, path).toBe(400);
    for (const channel of ['%zz', '%E0%A4%A']) {
      const res = await ipc(channel, {}, headers);
      expect(res.status, channel).toBe(400);
    }
    expect((await fetch(`${host.url}/%41pp`, { headers })).status).toBe(200); // a well-formed escape still serves the shell
    const { request } = await import('node:http');
    const unparsable = await new Promise<number>((resolve, reject) => {
      const req = request(host.url, { path: '//', headers }, (res) => resolve(res.statusCode ?? 0));
      req.on('error', reject);
      req.end();
    });
    expect(unparsable).toBe(400);
  });

  it('refuses another Host header (DNS rebinding) and non-JSON posts', async () => {
    const { request } = await import('node:http');
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(
        `${host.url}/ipc/app.status`,
        { method: 'POST', headers: { Host: 'evil.example', 'X-Dripline-Token': host.token } },
        (res) => resolve(res.statusCode ?? 0),
      );
      req.on('error', reject);
      req.end('{}');
    });
    expect(status).toBe(421);
    const form = await fetch(`${host.url}/ipc/demo.open`, {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain', 'X-Dripline-Token': host.token },
      body: '{}',
    });
    expect(form.status).toBe(415);
    expect(runtime.services.status().isEmpty).toBe(true);
  });
});
