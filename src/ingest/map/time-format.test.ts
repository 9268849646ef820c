import { describe, expect, it } from 'vitest';
import { compileTimeFormat, compileTimeFormats } from './time-format.js';

describe('compileTimeFormat', () => {
  it('reads a local time in its zone', () => {
    const read = compileTimeFormat('yyyy/MM/dd HH:mm:ss', 'Asia/Shanghai');
    expect(read('2026/09/01 21:30:05')).toBe(Date.UTC(2026, 8, 1, 13, 30, 5));
    expect(compileTimeFormat('yyyy/M/d H:mm', '+08:00')('2026/9/1 9:05')).toBe(Date.UTC(2026, 8, 1, 1, 5));
  });

  it('follows daylight saving time', () => {
    const read = compileTimeFormat('MM/dd/yyyy HH:mm:ss', 'America/New_York');
    expect(read('01/15/2026 12:00:00')).toBe(Date.UTC(2026, 0, 15, 17));
    expect(read('07/15/2026 12:00:00')).toBe(Date.UTC(2026, 6, 15, 16));
    // 01:30 happens twice on 1 November 2026; the earlier (daylight) one is taken.
    expect(read('11/01/2026 01:30:00')).toBe(Date.UTC(2026, 10, 1, 5, 30));
  });

  it('refuses dates that do not exist and text that does not fit', () => {
    const read = compileTimeFormat('yyyy-MM-dd HH:mm:ss', 'UTC');
    expect(read('2026-02-30 10:00:00')).toBeUndefined();
    expect(read('2026-13-01 10:00:00')).toBeUndefined();
    expect(read('2026-01-01 24:00:00')).toBeUndefined();
    expect(read('2026-01-01T10:00:00')).toBeUndefined();
    expect(read('2026-01-01 10:00:00 ')).toBeUndefined();
  });

  it('reads ISO 8601 with or without an offset, and epoch numbers', () => {
    const iso = compileTimeFormat('iso8601', 'Asia/Shanghai');
    expect(iso('2026-09-01T21:30:00')).toBe(Date.UTC(2026, 8, 1, 13, 30));
    expect(iso('2026-09-01T13:30:00Z')).toBe(Date.UTC(2026, 8, 1, 13, 30));
    expect(iso('2026-09-01T21:30:00.250+08:00')).toBe(Date.UTC(2026, 8, 1, 13, 30, 0, 250));
    expect(compileTimeFormat('epoch_s', 'UTC')('1788269400')).toBe(1788269400000);
    expect(compileTimeFormat('epoch_ms', 'UTC')('1788269400123')).toBe(1788269400123);
  });

  it('reads fractions of a second by their digits', () => {
    const read = compileTimeFormat('yyyy-MM-dd HH:mm:ss.SSS', 'UTC');
    expect(read('2026-09-01 21:30:00.5')).toBe(Date.UTC(2026, 8, 1, 21, 30, 0, 500));
    expect(read('2026-09-01 21:30:00.045')).toBe(Date.UTC(2026, 8, 1, 21, 30, 0, 45));
    expect(read('2026-09-01 21:30:00.')).toBeUndefined();
  });

  it('says what a format lacks', () => {
    expect(() => compileTimeFormat('HH:mm:ss', 'UTC')).toThrow(/has no year/);
  });
});

describe('compileTimeFormats', () => {
  it('tries each format and corrects a clock that is off', () => {
    const read = compileTimeFormats(['yyyy-MM-dd HH:mm:ss', 'yyyy/M/d H:mm'], 'UTC', -240);
    expect(read('2026-09-01 22:09:00')).toBe(Date.UTC(2026, 8, 1, 22, 5));
    expect(read('2026/9/1 22:09')).toBe(Date.UTC(2026, 8, 1, 22, 5));
    expect(read('yesterday')).toBeUndefined();
  });
});
