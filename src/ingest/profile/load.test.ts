import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtInProfileDir, listProfiles, loadProfile, readProfile } from './load.js';

const dir = mkdtempSync(join(tmpdir(), 'molehunt-profiles-'));

function profileFile(name: string, yaml: string): string {
  const path = join(dir, `${name}.yaml`);
  writeFileSync(path, yaml);
  return path;
}

const badge = `name: site-badge
description: test
source: badge.test
format: csv
time: { from: t, format: yyyy-MM-dd HH:mm:ss, zone: Asia/Shanghai }
kind: badge
action: { from: d, map: { I: badge.in, O: badge.out } }
actor: who
fields:
  molehunt.door: door
`;

describe('profiles', () => {
  it('loads every built-in profile, and a bundle names only profiles that exist', () => {
    const builtIn = listProfiles([builtInProfileDir]);
    expect(builtIn.map((p) => p.name)).toEqual(
      expect.arrayContaining(['badge-cn', 'cert', 'cert-logon', 'cert-ldap']),
    );
    for (const info of builtIn) {
      const profile = loadProfile(info.name, [builtInProfileDir]);
      if ('bundle' in profile) {
        for (const entry of profile.bundle)
          expect(() => loadProfile(entry.profile, [builtInProfileDir])).not.toThrow();
      }
    }
  });

  it('prefers a profile in the data directory over a built-in one of the same name', () => {
    const own = mkdtempSync(join(tmpdir(), 'molehunt-own-'));
    writeFileSync(join(own, 'badge-cn.yaml'), badge.replace('site-badge', 'badge-cn'));
    expect(loadProfile('badge-cn', [own, builtInProfileDir])).toMatchObject({ source: 'badge.test' });
  });

  it('reads a profile by path', () => {
    expect(loadProfile(profileFile('site-badge', badge), [])).toMatchObject({
      name: 'site-badge',
      encoding: 'auto',
    });
  });

  it('names every key at fault: unknown fields, zones, actions, patterns', () => {
    const bad = badge
      .replace('Asia/Shanghai', 'Asia/Atlantis')
      .replace('badge.out', 'badge.sideways')
      .replace('molehunt.door: door', "molehunt.dor: door\n  molehunt.area: { from: door, pattern: '(' }");
    expect(() => readProfile(profileFile('bad', bad))).toThrow(
      /time.zone: "Asia\/Atlantis" is not a time zone.*fields.molehunt.dor: no such field.*pattern:.*action: "badge.sideways" is not an action of kind badge/s,
    );
  });

  it('reports YAML and schema errors with the key path', () => {
    expect(() => readProfile(profileFile('broken', 'name: [unclosed'))).toThrow(/MH_ERR|not valid/);
    expect(() => readProfile(profileFile('typo', badge.replace('format: csv', 'format: xlsx')))).toThrow(
      /format: /,
    );
    expect(() => readProfile(profileFile('extra', `${badge}colour: red\n`))).toThrow(/colour/);
  });

  it('says which profiles exist when a name is unknown', () => {
    expect(() => loadProfile('nope', [builtInProfileDir])).toThrow(
      /no profile named "nope"; known profiles: .*badge-cn/,
    );
  });
});
