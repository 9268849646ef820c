import { describe, expect, it } from 'vitest';
import {
  allFields,
  entityRef,
  eventId,
  eventProblem,
  eventSchema,
  fieldSpec,
  parseEntityRef,
  wallClock,
  wallTimeToUtc,
} from './index.js';

describe('eventId', () => {
  it('is a stable UUID of the source and the key', () => {
    const id = eventId('badge', '2025-09-01 21:30:00,E1001,周晨,N5-1,进,成功');
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(eventId('badge', '2025-09-01 21:30:00,E1001,周晨,N5-1,进,成功')).toBe(id);
  });

  it('differs by source and by key', () => {
    const ids = new Set([
      eventId('badge', 'a'),
      eventId('camera', 'a'),
      eventId('badge', 'b'),
      eventId('badgea', ''),
    ]);
    expect(ids.size).toBe(4);
  });
});

describe('eventProblem', () => {
  it('accepts a whole badge event', () => {
    expect(
      eventProblem({ kind: 'badge', action: 'badge.in', attrs: { 'molehunt.door': 'N5-1' } }),
    ).toBeUndefined();
  });

  it('names the missing required attribute', () => {
    expect(eventProblem({ kind: 'badge', action: 'badge.in', attrs: {} })).toEqual({
      field: 'molehunt.door',
      reason: 'a badge event needs molehunt.door or molehunt.area',
    });
  });

  it('rejects an action of another kind', () => {
    expect(eventProblem({ kind: 'usb', action: 'badge.in', attrs: { 'host.name': 'PC1' } })?.field).toBe(
      'event.action',
    );
  });
});

describe('eventSchema', () => {
  const event = {
    id: eventId('mail', '1'),
    time: 1756733400000,
    source: 'mail',
    kind: 'email',
    action: 'email.send',
    actor: 'E1001',
    attrs: { 'email.from.address': 'a@lumen.example', 'email.to.address': ['b@blog.example'] },
    raw: { batch: 'b1', file: 'mail.jsonl', line: 3 },
  };

  it('accepts a normalized event', () => {
    expect(eventSchema.safeParse(event).success).toBe(true);
  });

  it('rejects unknown keys and kind-level problems with a path', () => {
    expect(eventSchema.safeParse({ ...event, extra: 1 }).success).toBe(false);
    const result = eventSchema.safeParse({ ...event, attrs: {} });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['email.from.address']);
  });
});

describe('field dictionary', () => {
  it('has unique names', () => {
    const names = allFields().map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('knows ECS and molehunt fields and allows labels.*', () => {
    expect(fieldSpec('email.to.address')?.type).toBe('keyword[]');
    expect(fieldSpec('labels.cost_center')?.type).toBe('keyword');
    expect(fieldSpec('email.too.address')).toBeUndefined();
  });
});

describe('entity references', () => {
  it('round-trips type:id, ids may contain colons', () => {
    expect(parseEntityRef(entityRef('company', 'acme:cn'))).toEqual({ type: 'company', id: 'acme:cn' });
  });

  it('rejects an unknown type', () => {
    expect(() => parseEntityRef('planet:earth')).toThrow(/type:id/);
  });
});

describe('wallClock', () => {
  it('gives what wallTimeToUtc gives, across a DST change', () => {
    const clock = wallClock('America/New_York');
    for (let wall = Date.UTC(2026, 2, 7, 22); wall < Date.UTC(2026, 2, 8, 6); wall += 7 * 60_000) {
      expect(clock(wall)).toBe(wallTimeToUtc(wall, 'America/New_York'));
    }
    expect(wallClock('+08:00')(Date.UTC(2026, 8, 1, 21, 30))).toBe(Date.UTC(2026, 8, 1, 13, 30));
  });
});
