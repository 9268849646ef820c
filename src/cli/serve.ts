/**
 * @module `molehunt serve`: the investigator workspace (HTTP API and web UI) over the embedded store. `molehunt start`
 * runs it after preparing the data directory. The first run with no account creates one and prints its password once.
 */
import { Command } from 'commander';
import type { Config } from '../config/index.js';
import { loadConfig } from '../config/index.js';
import { addUser } from '../privacy/index.js';
import { buildApp, Workspace } from '../server/index.js';
import type { Store } from '../store/index.js';
import { type CommonOptions, cliActor, openStore, withCommonOptions } from './context.js';

export interface ServeOptions extends CommonOptions {
  host?: string;
  port?: string;
}

export function withServeOptions(command: Command): Command {
  return command
    .option('--host <address>', 'address to listen on (default 127.0.0.1, or MOLEHUNT_HOST)')
    .option('--port <n>', 'port to listen on (default 8080, or MOLEHUNT_PORT; 0 picks a free one)');
}

export function serveConfig(options: ServeOptions): Config {
  return loadConfig({
    overrides: { dataDir: options.data, displayTimeZone: options.tz, host: options.host, port: options.port },
  });
}

export function serveCommand(): Command {
  return withServeOptions(
    withCommonOptions(new Command('serve').description('Serve the web workspace and the HTTP API')),
  ).action(async (options: ServeOptions) => {
    const config = serveConfig(options);
    await serve(await openStore(config), config);
  });
}

/** The first account, when there is none: admin + investigator, so one person can try the demo end to end. */
async function firstAccount(store: Store): Promise<string | undefined> {
  if ((await store.users()).length) return undefined;
  const { oneTimePassword } = await addUser(
    store,
    { username: 'admin', roles: ['admin', 'investigator'] },
    cliActor(),
  );
  return oneTimePassword;
}

/**
 * Serves until SIGINT or SIGTERM, then closes the server and the store. `prepare` runs once the workspace's view
 * is built, before the server listens (the demo's first case).
 */
export async function serve(
  store: Store,
  config: Config,
  prepare?: (workspace: Workspace) => Promise<void>,
): Promise<void> {
  const workspace = new Workspace(store, config);
  const app = await buildApp(workspace, { logLevel: process.env.MOLEHUNT_LOG_LEVEL ?? 'warn' });
  const password = await firstAccount(store);
  const restored = await workspace.cases.restoreDisciplineEvents();
  if (restored) {
    console.log(
      `Restored ${restored} disciplinary record(s) of adopted decisions that a crash had left unwritten.`,
    );
    workspace.changed();
  }
  // Built before listening, so the first page does not wait for risk to be computed.
  await workspace.current();
  await prepare?.(workspace);
  // Listening for the stop signals before saying how to stop, so a stop sent right away is a clean one.
  const stopped = new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await app.listen({ host: config.host, port: config.port });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}/`;
  console.log(`\nmolehunt is serving the workspace at ${url}  (API docs: ${url}api/docs)`);
  if (password) {
    console.log('\nFirst run: created the account "admin" (roles admin, investigator).');
    console.log(`  user name: admin\n  one-time password: ${password}`);
    console.log('  It is shown only now; you will choose your own password at first login.');
  } else {
    console.log('Log in with your account. Admins add accounts on the Users page.');
    console.log('  Lost the admin password? Stop the server, then: npx molehunt user reset admin');
  }
  console.log('Stop with Ctrl+C.');
  await stopped;
  await app.close();
  await store.close();
}
