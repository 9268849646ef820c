// Adds lock-file entries for platform packages the registry mirror here does not serve.
//
// Biome and DuckDB ship one optional package per platform. This machine's registry mirror
// answers 404 for the ones it has no use for (darwin, win32, arm64), so `npm install` leaves
// them out of package-lock.json, and `npm ci` then refuses the lock as out of sync. An entry
// naming the version, os and cpu is all `npm ci` needs to skip a package for another platform.
// Run after any `npm install` that changes dependencies: `node scripts/complete-lockfile.mjs`.
import { readFileSync, writeFileSync } from 'node:fs';

const lockPath = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(lockPath, 'utf8'));
const packages = lock.packages;

/** os, cpu and libc as the platform packages spell them in their names. */
function platformOf(name) {
  const match = /-(android|darwin|linux|win32|freebsd)-(x64|arm64|ia32|arm)(-musl)?$/.exec(name);
  if (!match) return undefined;
  const [, os, cpu, musl] = match;
  return { os, cpu, libc: os === 'linux' ? (musl ? 'musl' : 'glibc') : undefined };
}

let added = 0;
for (const [path, entry] of Object.entries(packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = `node_modules/${name}`;
    const platform = platformOf(name);
    if (packages[key] || !platform) continue;
    packages[key] = {
      version,
      cpu: [platform.cpu],
      ...(entry.dev ? { dev: true } : {}),
      ...(platform.libc ? { libc: [platform.libc] } : {}),
      optional: true,
      os: [platform.os],
    };
    added += 1;
    console.log(`added ${key}@${version} (needed by ${path || 'the project'})`);
  }
}
const sorted = Object.fromEntries(
  Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))),
);
lock.packages = sorted;
writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`${added} entr${added === 1 ? 'y' : 'ies'} added to package-lock.json`);
