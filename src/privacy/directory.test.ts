import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { PersonDirectory } from './directory.js';
import { pseudonymOf } from './pseudonyms.js';
import { testDirectory, testKey, testPlates, wangWeiA, wangWeiB, zhouChen } from './test-persons.js';

const directory = testDirectory();

describe('PersonDirectory', () => {
  it('maps each id to its keyed pseudonym and back', () => {
    expect(directory.size).toBe(4);
    for (const id of ['LM10024', 'LM20001', 'LM20002', 'LM99999']) {
      const pseudonym = directory.pseudonym(id)!;
      expect(pseudonym).toBe(pseudonymOf(testKey, id));
      expect(directory.idOf(pseudonym)).toBe(id);
    }
    expect(directory.pseudonym('LM00000')).toBeUndefined();
    expect(directory.idOf('P-00000000')).toBeUndefined();
  });

  it('reads a pseudonym back in any case and with Crockford look-alikes', () => {
    const pseudonym = directory.pseudonym('LM10024')!;
    expect(directory.idOf(` ${pseudonym.toLowerCase()} `)).toBe('LM10024');
    const lookalike = `P-${pseudonym.slice(2).replace(/0/g, 'o').replace(/1/g, 'l')}`;
    expect(directory.idOf(lookalike)).toBe('LM10024');
  });

  it('refers to a person by pseudonym unless revealed', () => {
    expect(directory.refOf('LM10024')).toBe(directory.pseudonym('LM10024'));
    expect(directory.refOf('LM10024', new Set(['LM10024']))).toBe('LM10024');
    expect(directory.refOf('LM00000')).toBe(pseudonymOf(testKey, 'LM00000'));
  });

  it('resolves a pseudonym for anyone but a real id only for a viewer it is revealed to', () => {
    const pseudonym = directory.pseudonym('LM10024')!;
    expect(directory.resolve(pseudonym)).toBe('LM10024');
    expect(directory.resolve(pseudonym, new Set(['LM10024']))).toBe('LM10024');
    expect(directory.resolve('LM10024')).toBeUndefined();
    expect(directory.resolve('LM10024', new Set(['LM20001']))).toBeUndefined();
    expect(directory.resolve('LM10024', new Set(['LM10024']))).toBe('LM10024');
    expect(directory.resolve('P-?')).toBeUndefined();
  });

  it('gives colliding ids longer pseudonyms, the same whichever order they come in', () => {
    // Real 8-character collisions are one in 250,000 keys at 3,000 persons: force one with a digest
    // that shares its first 5 bytes (40 bits, 8 characters) between the two 王伟.
    const digest = (id: string) => {
      const real = createHmac('sha256', testKey).update(id).digest();
      if (id.startsWith('LM2000')) real.fill(0xab, 0, 5);
      return real;
    };
    const persons = [zhouChen, wangWeiA, wangWeiB];
    const forward = new PersonDirectory(persons, testPlates, testKey, { digest });
    const backward = new PersonDirectory([...persons].reverse(), testPlates, testKey, { digest });
    const a = forward.pseudonym('LM20001')!;
    const b = forward.pseudonym('LM20002')!;
    expect(a).toMatch(/^P-[0-9A-Z]{10}$/);
    expect(b).toMatch(/^P-[0-9A-Z]{10}$/);
    expect(a.slice(0, 10)).toBe(b.slice(0, 10));
    expect(a).not.toBe(b);
    expect(forward.pseudonym('LM10024')).toMatch(/^P-[0-9A-Z]{8}$/);
    expect(forward.idOf(a)).toBe('LM20001');
    expect(forward.idOf(b)).toBe('LM20002');
    expect(backward.pseudonym('LM20001')).toBe(a);
    expect(forward.masker().text('LM20001 LM20002')).toBe(`${a} ${b}`);
  });

  it('merges two records of one person', () => {
    const again = { ...zhouChen, names: { aliases: ['Chen Z.'] }, attrs: {} };
    const merged = new PersonDirectory([zhouChen, again], [], testKey);
    expect(merged.size).toBe(1);
    expect(merged.masker().text('周晨 Chen Z.')).toBe(
      `${merged.pseudonym('LM10024')} ${merged.pseudonym('LM10024')}`,
    );
  });
});
