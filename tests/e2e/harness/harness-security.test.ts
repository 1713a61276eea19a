// The harness answers the contract over HTTP on 127.0.0.1, to this run's page only: a call without the
// token, from another Host, or from another origin is refused; files outside the built renderer are never served.
import { request as httpRequest } from 'node:http';
import { describe, expect, it } from 'vitest';
import { startApp } from '../support/app';
import { SAMPLE_PLAN_TITLE } from '../support/sample-workspace';

interface Answer {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: string;
}

/** A raw HTTP request: fetch would refuse to set Host and would tidy the path. */
function send(port: number, options: { method?: string; path: string; headers?: Record<string, string>; body?: string }): Promise<Answer> {
  return new Promise((done, fail) => {
    const req = httpRequest({ host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path, headers: options.headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', fail);
    req.end(options.body);
  });
}

describe('browser harness', () => {
  const app = startApp({ name: 'harness', user: 'Sonam Choden', browser: false });
  const api = (channel: string, headers: Record<string, string>, body = '{}') =>
    send(app.harness.port, { method: 'POST', path: `/api/${channel}`, headers: { 'content-type': 'application/json', ...headers }, body });

  it('answers a contract call that carries the token with the Result', async () => {
    const answer = await api('workspace:summary', { 'x-plandesk-token': app.harness.token });
    expect(answer.status).toBe(200);
    const result = JSON.parse(answer.body) as { ok: boolean; value: { plans: { title: string; actions: number }[] } };
    expect(result.ok).toBe(true);
    expect(result.value.plans.map((p) => [p.title, p.actions])).toEqual([[SAMPLE_PLAN_TITLE, 8]]);
    // Never readable from another origin.
    expect(answer.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('answers errors in the contract shape: invalid input, unknown method, no file dialog', async () => {
    const token = { 'x-plandesk-token': app.harness.token };
    expect(JSON.parse((await api('plans:tree', token, '{"planId":""}')).body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(JSON.parse((await api('plans:drop', token)).body)).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(JSON.parse((await api('workspace:chooseFile', token, '{"mode":"open"}')).body)).toEqual({
      ok: false,
      error: { code: 'not_available', message: 'File dialogs exist only in the desktop app' },
    });
    expect((await api('app:info', token, '{not json')).status).toBe(400);
  });

  it('refuses a call without the token, or with a wrong one', async () => {
    expect((await api('workspace:summary', {})).status).toBe(403);
    expect((await api('workspace:summary', { 'x-plandesk-token': `${app.harness.token.slice(0, -1)}x` })).status).toBe(403);
    // Also through fetch, as a page on another origin would try it.
    const response = await fetch(`${app.harness.origin}/api/app:info`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(response.status).toBe(403);
  });

  it('refuses another Host (DNS rebinding) and another Origin, even with the token', async () => {
    const token = { 'x-plandesk-token': app.harness.token };
    expect((await api('app:info', { ...token, host: `evil.example:${app.harness.port}` })).status).toBe(403);
    expect((await send(app.harness.port, { path: '/', headers: { host: 'evil.example' } })).status).toBe(403);
    expect((await api('app:info', { ...token, origin: 'http://evil.example' })).status).toBe(403);
    expect((await api('app:info', { ...token, host: `localhost:${app.harness.port}` })).status).toBe(200);
  });

  it('refuses GET calls, non-JSON bodies and oversized bodies', async () => {
    const token = { 'x-plandesk-token': app.harness.token };
    expect((await send(app.harness.port, { path: '/api/app:info', headers: token })).status).toBe(405);
    expect((await api('app:info', { ...token, 'content-type': 'text/plain' })).status).toBe(415);
    const huge = JSON.stringify({ title: 'x'.repeat(2 * 1024 * 1024) });
    expect((await api('plans:create', token, huge)).status).toBe(413);
  });

  it('serves the renderer with the api shim, and nothing outside it', async () => {
    const index = await send(app.harness.port, { path: '/' });
    expect(index.status).toBe(200);
    expect(index.body).toContain('<script src="./harness/shim.js"></script>');
    expect(index.body).toContain("script-src 'self'");
    const shim = await send(app.harness.port, { path: '/harness/shim.js' });
    expect(shim.status).toBe(200);
    expect(shim.body).toContain('x-plandesk-token');
    for (const path of ['/../package.json', '/..%2f..%2fpackage.json', '/%2e%2e/%2e%2e/package.json', '/assets/..%5c..%5cpackage.json', '/%00']) {
      const answer = await send(app.harness.port, { path });
      expect(answer.status, path).toBe(404);
      expect(answer.body, path).not.toContain('"name": "plandesk"');
    }
  });
});
