/** The `molehunt` command as a user runs it: exit codes, messages, and quiet output when not on a terminal. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const data = mkdtempSync(join(tmpdir(), 'molehunt-cli-'));

function molehunt(...args: string[]) {
  const run = spawnSync(process.execPath, ['bin/molehunt.js', ...args, '--data', data], { encoding: 'utf8' });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

describe('molehunt', () => {
  it('imports, reconciles, and prints no progress bar into a pipe', () => {
    const run = molehunt('import', 'badge-cn', 'test/fixtures/badge/badges-utf8.csv');
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/read 2 = stored 2 \+ duplicates 0 \+ quarantined 0/);
    const again = molehunt('import', 'badge-cn', 'test/fixtures/badge/badges-utf8.csv');
    expect(again.out).toMatch(/read 2 = stored 0 \+ duplicates 2 \+ quarantined 0/);
    expect(molehunt('timeline', 'E1001', '--tz', 'Asia/Shanghai').out).toMatch(
      /2026-09-01 21:30:05 .*badge\.in/,
    );
  });

  it('exits 1 with what to do when the input cannot be read', () => {
    const run = molehunt('import', 'badge-cn', 'no/such/file.csv');
    expect(run.code).toBe(1);
    expect(run.err).toMatch(
      /cannot read no\/such\/file.csv: no such file or folder; check the path \[MH_ERR_INPUT_UNREADABLE\]/,
    );
  });

  it('names the known profiles when asked for an unknown one', () => {
    const run = molehunt('import', 'badge', 'test/fixtures/badge/badges-utf8.csv');
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/no profile named "badge"; known profiles: .*badge-cn/);
  });

  it('lists profiles and shows one', () => {
    expect(molehunt('profiles').out).toMatch(/cert-ldap\s+entities\s+built-in/);
    expect(molehunt('profiles', 'cert-logon').out).toMatch(/^name: cert-logon$/m);
  });

  it('has help on every command', () => {
    for (const command of ['import', 'profiles', 'timeline', 'stats', 'quarantine', 'start', 'detect']) {
      const run = spawnSync(process.execPath, ['bin/molehunt.js', command, '--help'], { encoding: 'utf8' });
      expect(run.status, command).toBe(0);
      expect(run.stdout).toMatch(/--data <dir>/);
    }
  });
});
