/** @module `molehunt user add|list|disable|enable|reset`: local accounts, managed from the shell of the server. */
import { Command } from 'commander';
import { roleNames } from '../model/index.js';
import { addUser, resetPassword, updateUser } from '../privacy/index.js';
import {
  type CommonOptions,
  cliActor,
  collect,
  configFrom,
  withCommonOptions,
  withStore,
} from './context.js';
import { formatTime, table } from './format.js';

interface AddOptions extends CommonOptions {
  role: string[];
}

function printOneTime(username: string, password: string): void {
  console.log(`one-time password for ${username}: ${password}`);
  console.log('It is shown only now. The user must choose their own password at first login.');
}

export function userCommand(): Command {
  const user = new Command('user').description(
    'Manage local accounts (the server must be stopped in embedded mode)',
  );
  user.addCommand(
    withCommonOptions(
      new Command('add')
        .description('Add an account with a one-time password')
        .argument('<username>')
        .requiredOption('--role <role>', `a role, repeatable: ${roleNames.join(', ')}`, collect),
    ).action(async (username: string, options: AddOptions) => {
      await withStore(configFrom(options), async (store) => {
        const added = await addUser(store, { username, roles: options.role }, cliActor());
        console.log(`added ${username} (${added.user.roles.join(', ')})`);
        printOneTime(username, added.oneTimePassword);
      });
    }),
  );
  user.addCommand(
    withCommonOptions(new Command('list').description('List the accounts')).action(
      async (options: CommonOptions) => {
        const config = configFrom(options);
        await withStore(config, async (store) => {
          const rows = (await store.users()).map((u) => [
            u.username,
            u.roles.join(','),
            u.disabled ? 'disabled' : u.mustChangePassword ? 'must change password' : 'active',
            u.lastLoginAt ? formatTime(u.lastLoginAt, config.displayTimeZone) : 'never',
          ]);
          console.log(
            rows.length ? table(['user', 'roles', 'state', 'last login'], rows) : 'no accounts yet',
          );
        });
      },
    ),
  );
  for (const [name, disabled] of [
    ['disable', true],
    ['enable', false],
  ] as const) {
    user.addCommand(
      withCommonOptions(
        new Command(name).description(`${disabled ? 'Disable' : 'Enable'} an account`).argument('<username>'),
      ).action(async (username: string, options: CommonOptions) => {
        await withStore(configFrom(options), async (store) => {
          await updateUser(store, username, { disabled }, cliActor());
          console.log(`${username} ${disabled ? 'disabled; its sessions are ended' : 'enabled'}`);
        });
      }),
    );
  }
  user.addCommand(
    withCommonOptions(
      new Command('reset').description('Give an account a new one-time password').argument('<username>'),
    ).action(async (username: string, options: CommonOptions) => {
      await withStore(configFrom(options), async (store) => {
        printOneTime(username, await resetPassword(store, username, cliActor()));
      });
    }),
  );
  return user;
}
