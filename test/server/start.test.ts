/** `molehunt start` as a new user meets it: the URL and a one-time admin password printed once, then a clean stop. */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';

const dataDir = mkdtempSync(join(tmpdir(), 'molehunt-start-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function start(): {
  output: Promise<{ url: string; password?: string; text: string }>;
  stop: () => Promise<number>;
} {
  const child = spawn(
    process.execPath,
    ['bin/molehunt.js', 'start', '--no-demo', '--data', dataDir, '--port', '0'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let text = '';
  const output = new Promise<{ url: string; password?: string; text: string }>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      text += chunk;
      const url = /serving the workspace at (http:\/\/127\.0\.0\.1:\d+)\//.exec(text)?.[1];
      if (url && /Stop with Ctrl\+C/.test(text)) {
        resolve({ url, password: /one-time password: (\S+)/.exec(text)?.[1], text });
      }
    });
    child.stderr.on('data', (chunk: Buffer) => {
      text += chunk;
    });
    child.once('exit', (code) => reject(new Error(`exited with ${code} before serving:\n${text}`)));
  });
  const stop = () =>
    new Promise<number>((resolve) => {
      child.once('exit', (code) => resolve(code ?? -1));
      child.kill('SIGTERM');
    });
  return { output, stop };
}

it('prints the URL and, on first run only, a one-time admin password that logs in', async () => {
  const first = start();
  const { url, password } = await first.output;
  expect(password).toMatch(/^[\w]{5}(-[\w]{5}){3}$/);
  const login = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password }),
  });
  expect(login.status).toBe(200);
  expect(((await login.json()) as { user: { mustChangePassword: boolean } }).user.mustChangePassword).toBe(
    true,
  );
  expect(await first.stop()).toBe(0);

  const second = start();
  const again = await second.output;
  expect(again.password).toBeUndefined();
  expect(again.text).toMatch(/Log in with your account/);
  expect(await second.stop()).toBe(0);
}, 60_000);
