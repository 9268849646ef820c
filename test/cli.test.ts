/** The `molehunt` command as a user runs it: exit codes, messages, and quiet output when not on a terminal. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';

const data = mkdtempSync(join(tmpdir(), 'molehunt-cli-'));

function molehuntAt(dir: string, ...args: string[]) {
  const run = spawnSync(process.execPath, ['bin/molehunt.js', ...args, '--data', dir], { encoding: 'utf8' });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

const molehunt = (...args: string[]) => molehuntAt(data, ...args);

/** `molehunt verify` needs no data directory: it reads only the bundle. */
function verify(...args: string[]) {
  const run = spawnSync(process.execPath, ['bin/molehunt.js', 'verify', ...args], { encoding: 'utf8' });
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

  it('detects as it imports, lists the stored signals, and finds the same straight from the files', () => {
    // A data directory of its own: detection here must start from nothing.
    const own = mkdtempSync(join(tmpdir(), 'molehunt-cli-detect-'));
    const demo = join(own, 'demo');
    const molehunt = (...args: string[]) => molehuntAt(own, ...args);
    const args = [
      'demo',
      'generate',
      '--employees',
      '100',
      '--days',
      '30',
      '--start',
      '2025-08-15',
      '--out',
      demo,
    ];
    expect(spawnSync(process.execPath, ['bin/molehunt.js', ...args]).status).toBe(0);
    const imported = molehunt('import', 'demo', demo);
    expect(imported.code).toBe(0);
    const [, total, added] = /detection: (\d+) signals \((\d+) new\)/.exec(imported.out) ?? [];
    expect(Number(total)).toBeGreaterThan(10);
    expect(added).toBe(total);
    const stored = molehunt('signals', '--json')
      .out.trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(stored).toHaveLength(Number(total));
    expect(imported.out).toMatch(/registered and distributed 1 confidential document\n/);
    expect(stored.filter((s) => s.person === 'LM10024').map((s) => s.title)).toEqual(
      expect.arrayContaining([
        'Registered confidential document mailed outside the company',
        // Found by its text, which needs the leak registry the import filled from the demo folder.
        'Registered secret content in a mail sent outside the company',
      ]),
    );
    const fromFiles = molehunt('detect', '--profile', 'demo', demo, '--json');
    expect(fromFiles.code).toBe(0);
    expect(fromFiles.err).toMatch(/record skipped: .*mail\/gateway\.jsonl:\d+: the line is not valid JSON/);
    expect(fromFiles.out.trim().split('\n')).toHaveLength(Number(total));
    const noProfile = molehunt('detect', demo);
    expect(noProfile.code).toBe(2);
    expect(noProfile.err).toMatch(/name the profile the files are read with: --profile <name>/);
  }, 60_000);

  it('tests rules against their fixtures, naming the one that does not fire', () => {
    const rules = join(data, 'my-rules');
    mkdirSync(join(rules, 'fixtures'), { recursive: true });
    const rule = (name: string, action: string) =>
      `title: ${name}\nid: 5f9b6e4c-2d1a-4c3b-9e8f-7a6b5c4d3e${name.length}\nstatus: test\nlogsource:\n  product: molehunt\n  category: usb\ndetection:\n  selection:\n    event.action: ${action}\n  condition: selection\n`;
    const fixture =
      'events:\n  - id: plug\n    at: 2025-09-01 21:00\n    kind: usb\n    action: usb.connect\n    user: LM1\nfires: [plug]\n';
    writeFileSync(join(rules, 'usb_plugged.yml'), rule('usb plugged', 'usb.connect'));
    writeFileSync(join(rules, 'usb_unplugged.yml'), rule('usb unplugged!', 'usb.disconnect'));
    writeFileSync(join(rules, 'fixtures', 'usb_plugged.yml'), fixture);
    writeFileSync(join(rules, 'fixtures', 'usb_unplugged.yml'), fixture);
    const run = molehunt('rules', 'test', '--rules', rules);
    expect(run.code).toBe(1);
    expect(run.out).toMatch(/fires\s+usb plugged\s+fired on \[plug\]/);
    expect(run.out).toMatch(/FAILS\s+usb unplugged!.*expected a signal naming \[plug\], got none/);
    expect(run.err).toMatch(/1 of 2 rules fail their fixture/);
    expect(molehunt('rules', 'lint', '--rules', rules).out).toMatch(/2 rules, no problems/);
  });

  it('has help on every command', () => {
    for (const command of [
      'import',
      'profiles',
      'timeline',
      'stats',
      'quarantine',
      'start',
      'detect',
      'signals',
      'serve',
    ]) {
      const run = spawnSync(process.execPath, ['bin/molehunt.js', command, '--help'], { encoding: 'utf8' });
      expect(run.status, command).toBe(0);
      expect(run.stdout).toMatch(/--data <dir>/);
    }
  });

  it('manages accounts: one-time password shown once, list, disable, reset, and a bad role named', () => {
    const added = molehunt('user', 'add', 'mei', '--role', 'analyst', '--role', 'investigator');
    expect(added.code).toBe(0);
    const password = /one-time password for mei: (\S+)/.exec(added.out)?.[1];
    expect(password).toMatch(/^\w{5}(-\w{5}){3}$/);
    expect(molehunt('user', 'list').out).toMatch(/mei\s+analyst,investigator\s+must change password\s+never/);
    expect(molehunt('user', 'disable', 'mei').code).toBe(0);
    expect(molehunt('user', 'list').out).toMatch(/mei\s+\S+\s+disabled/);
    const reset = molehunt('user', 'reset', 'mei');
    expect(/one-time password for mei: (\S+)/.exec(reset.out)?.[1]).not.toBe(password);
    const bad = molehunt('user', 'add', 'lin', '--role', 'superuser');
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(
      /unknown role superuser; use one or more of analyst, investigator, committee, auditor, admin/,
    );
    expect(molehunt('user', 'add', 'mei', '--role', 'analyst').err).toMatch(/exists already/);
  });

  it('opens a case, adds events and a file as evidence, exports it, and verify names a tampered file', () => {
    const opened = molehunt(
      'case',
      'open',
      '--title',
      'Badge test',
      '--subject',
      'E1001',
      '--reason',
      'a test',
    );
    expect(opened.err).toBe('');
    const caseId = /opened case (C-\w+)/.exec(opened.out)![1]!;
    const eventIds = molehunt('timeline', 'E1001', '--json')
      .out.trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as { id: string }).id);
    const events = eventIds.flatMap((id) => ['--event', id]);
    expect(molehunt('case', 'add', caseId, ...events, '--reason', 'the badge records').code).toBe(0);
    const leaked = join(data, 'leaked-copy.txt');
    writeFileSync(leaked, 'numbered copy 07 of the specification');
    expect(molehunt('case', 'add', caseId, '--file', leaked, '--reason', 'found online').code).toBe(0);
    // A refused add (no reason) writes nothing: open, two additions and the export make four entries.
    expect(molehunt('case', 'add', caseId, '--note', 'x').code).toBe(2);
    expect(molehunt('case', 'show', caseId).out).toMatch(/leaked-copy\.txt .*[0-9a-f]{64}/);

    const bundle = join(data, 'case.zip');
    const exported = molehunt('case', 'export', caseId, '--out', bundle, '--reason', 'for the committee');
    expect(exported.out).toMatch(/2 evidence items, 4 ledger entries/);
    const verified = verify(bundle);
    expect([verified.code, verified.out]).toEqual([
      0,
      expect.stringMatching(/verified, nothing altered, added or missing/),
    ]);

    const files = unzipSync(readFileSync(bundle));
    const name = Object.keys(files).find((file) => file.endsWith('leaked-copy.txt'))!;
    files[name] = new TextEncoder().encode('numbered copy 08 of the specification');
    writeFileSync(bundle, zipSync(files));
    const refused = verify(bundle);
    expect(refused.code).toBe(1);
    expect(refused.out).toMatch(/evidence EV-\w+ \(leaked-copy\.txt\) was altered/);
  });
});
