/** @module Tests for the mainland China working calendar: holidays, make-up working days and the supported range. */
import { describe, expect, it } from 'vitest';
import { holidayName, isWorkingDay } from './calendar.js';

describe('isWorkingDay', () => {
  it('knows ordinary weekdays and weekends', () => {
    expect(isWorkingDay('2025-09-01')).toBe(true); // Monday
    expect(isWorkingDay('2025-09-06')).toBe(false); // Saturday
    expect(isWorkingDay('2025-09-07')).toBe(false); // Sunday
    expect(isWorkingDay('2026-09-05')).toBe(false); // Saturday
    expect(isWorkingDay('2024-02-29')).toBe(true); // leap day, Thursday
  });

  it('knows public holidays', () => {
    expect(isWorkingDay('2025-10-01')).toBe(false);
    expect(isWorkingDay('2025-10-08')).toBe(false); // the eighth day of the 2025 National Day break
    expect(isWorkingDay('2025-10-09')).toBe(true);
    expect(isWorkingDay('2025-01-28')).toBe(false); // Spring Festival eve
    expect(isWorkingDay('2025-02-04')).toBe(false); // last day of Spring Festival
    expect(isWorkingDay('2025-02-05')).toBe(true);
    expect(isWorkingDay('2025-05-05')).toBe(false); // Labour Day, fifth day
    expect(isWorkingDay('2024-09-16')).toBe(false); // Mid-Autumn Monday
    expect(isWorkingDay('2026-02-23')).toBe(false); // Spring Festival 2026, ninth day
    expect(isWorkingDay('2026-06-19')).toBe(false); // Dragon Boat Festival 2026
  });

  it('knows make-up working days (调休)', () => {
    expect(isWorkingDay('2025-09-28')).toBe(true); // Sunday
    expect(isWorkingDay('2025-01-26')).toBe(true); // Sunday before Spring Festival
    expect(isWorkingDay('2025-02-08')).toBe(true); // Saturday
    expect(isWorkingDay('2024-02-04')).toBe(true);
    expect(isWorkingDay('2024-10-12')).toBe(true);
    expect(isWorkingDay('2026-01-04')).toBe(true);
    expect(isWorkingDay('2026-09-20')).toBe(true);
  });

  it('uses fixed-date holidays only in 2027', () => {
    expect(isWorkingDay('2027-01-01')).toBe(false);
    expect(isWorkingDay('2027-05-04')).toBe(false);
    expect(isWorkingDay('2027-10-07')).toBe(false);
    expect(isWorkingDay('2027-10-08')).toBe(true); // Friday
    expect(isWorkingDay('2027-12-31')).toBe(true); // Friday
  });

  it('counts the working days of a year', () => {
    const days = (year: number) => {
      let count = 0;
      for (let d = Date.UTC(year, 0, 1); d < Date.UTC(year + 1, 0, 1); d += 86_400_000) {
        if (isWorkingDay(new Date(d).toISOString().slice(0, 10))) count++;
      }
      return count;
    };
    // Days in the year, less 52 weeks of weekends, less the statutory holidays: 11 days before 2025, 13 since.
    expect(days(2024)).toBe(366 - 104 - 11);
    expect(days(2025)).toBe(365 - 104 - 13);
    expect(days(2026)).toBe(365 - 104 - 13);
  });

  it('throws outside the supported range', () => {
    expect(() => isWorkingDay('2023-12-31')).toThrow(/2024-01-01 to 2027-12-31/);
    expect(() => isWorkingDay('2028-01-01')).toThrow(/2024-01-01 to 2027-12-31/);
    expect(() => holidayName('2030-10-01')).toThrow(/2024-01-01 to 2027-12-31/);
  });

  it('rejects malformed dates', () => {
    expect(() => isWorkingDay('2025-02-30')).toThrow();
    expect(() => isWorkingDay('2025-9-1')).toThrow();
  });
});

describe('holidayName', () => {
  it('names holidays in Chinese', () => {
    expect(holidayName('2025-10-01')).toBe('国庆节');
    expect(holidayName('2025-10-06')).toBe('中秋节');
    expect(holidayName('2025-01-29')).toBe('春节');
    expect(holidayName('2024-01-01')).toBe('元旦');
    expect(holidayName('2024-04-04')).toBe('清明节');
    expect(holidayName('2025-05-01')).toBe('劳动节');
    expect(holidayName('2024-06-10')).toBe('端午节');
    expect(holidayName('2026-09-25')).toBe('中秋节');
  });

  it('is undefined on other days, including make-up working days', () => {
    expect(holidayName('2025-09-01')).toBeUndefined();
    expect(holidayName('2025-09-28')).toBeUndefined();
    expect(holidayName('2025-09-06')).toBeUndefined();
  });
});
