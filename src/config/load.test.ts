import { describe, expect, it } from 'vitest';
import { loadConfig } from './load.js';

describe('loadConfig', () => {
  it('uses defaults when nothing is set', () => {
    const config = loadConfig({ env: {} });
    expect(config.dataDir).toBe('./data');
    expect(config.displayTimeZone.length).toBeGreaterThan(0);
  });

  it('lets the environment override defaults and flags override the environment', () => {
    const env = { MOLEHUNT_DATA_DIR: '/srv/mh', MOLEHUNT_DUCKDB_THREADS: '1' };
    expect(loadConfig({ env }).dataDir).toBe('/srv/mh');
    expect(loadConfig({ env }).duckdbThreads).toBe(1);
    expect(loadConfig({ env, overrides: { dataDir: '/tmp/x' } }).dataDir).toBe('/tmp/x');
  });

  it('rejects an unknown MOLEHUNT_ variable by name', () => {
    expect(() => loadConfig({ env: { MOLEHUNT_DATADIR: '/x' } })).toThrow(/unknown setting MOLEHUNT_DATADIR/);
  });

  it('rejects a bad value naming the variable', () => {
    expect(() => loadConfig({ env: { MOLEHUNT_DUCKDB_THREADS: 'many' } })).toThrow(/MOLEHUNT_DUCKDB_THREADS/);
  });
});
