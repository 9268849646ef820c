/** @module The working calendar of mainland China 2024–2027: public holidays and make-up working days (调休). */

/** A holiday period, inclusive: [name, first day, last day]. */
type Holiday = readonly [name: string, from: string, to: string];

/**
 * Public holidays as whole breaks, including the weekend days inside them.
 * Source: the State Council's annual notice on holiday arrangements (国务院办公厅关于部分节假日安排的通知):
 * 国办发明电〔2023〕7号 for 2024, 国办发明电〔2024〕12号 for 2025, and the notice of 4 November 2025 for 2026.
 * 2025 is the first year under the revised 全国年节及纪念日放假办法: Spring Festival and Labour Day gained a day.
 * 2027 has no notice yet: only the fixed-date holidays (New Year's Day, 1–5 May, 1–7 October) are encoded,
 * with no make-up working days and no lunar holidays.
 */
const HOLIDAYS: Record<number, readonly Holiday[]> = {
  2024: [
    ['元旦', '2024-01-01', '2024-01-01'],
    ['春节', '2024-02-10', '2024-02-17'],
    ['清明节', '2024-04-04', '2024-04-06'],
    ['劳动节', '2024-05-01', '2024-05-05'],
    ['端午节', '2024-06-08', '2024-06-10'],
    ['中秋节', '2024-09-15', '2024-09-17'],
    ['国庆节', '2024-10-01', '2024-10-07'],
  ],
  2025: [
    ['元旦', '2025-01-01', '2025-01-01'],
    ['春节', '2025-01-28', '2025-02-04'],
    ['清明节', '2025-04-04', '2025-04-06'],
    ['劳动节', '2025-05-01', '2025-05-05'],
    ['端午节', '2025-05-31', '2025-06-02'],
    // The notice gives 1–8 October as one break for 国庆节 and 中秋节; the festival itself falls on 6 October.
    ['国庆节', '2025-10-01', '2025-10-05'],
    ['中秋节', '2025-10-06', '2025-10-06'],
    ['国庆节', '2025-10-07', '2025-10-08'],
  ],
  2026: [
    ['元旦', '2026-01-01', '2026-01-03'],
    ['春节', '2026-02-15', '2026-02-23'],
    ['清明节', '2026-04-04', '2026-04-06'],
    ['劳动节', '2026-05-01', '2026-05-05'],
    ['端午节', '2026-06-19', '2026-06-21'],
    ['中秋节', '2026-09-25', '2026-09-27'],
    ['国庆节', '2026-10-01', '2026-10-07'],
  ],
  2027: [
    ['元旦', '2027-01-01', '2027-01-01'],
    ['劳动节', '2027-05-01', '2027-05-05'],
    ['国庆节', '2027-10-01', '2027-10-07'],
  ],
};

/** Saturdays and Sundays that are worked to make up for a holiday (调休上班), from the same notices. */
const MAKE_UP_WORKING_DAYS: readonly string[] = [
  // 2024
  '2024-02-04',
  '2024-02-18',
  '2024-04-07',
  '2024-04-28',
  '2024-05-11',
  '2024-09-14',
  '2024-09-29',
  '2024-10-12',
  // 2025
  '2025-01-26',
  '2025-02-08',
  '2025-04-27',
  '2025-09-28',
  '2025-10-11',
  // 2026
  '2026-01-04',
  '2026-02-14',
  '2026-02-28',
  '2026-05-09',
  '2026-09-20',
  '2026-10-10',
];

const FIRST_DATE = '2024-01-01';
const LAST_DATE = '2027-12-31';
const DAY = 86_400_000;

function dayNumber(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) / DAY;
}

function isoDate(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

const holidayByDate: ReadonlyMap<string, string> = new Map(
  Object.values(HOLIDAYS).flatMap((holidays) =>
    holidays.flatMap(([name, from, to]) => {
      const days: [string, string][] = [];
      for (let day = dayNumber(from); day <= dayNumber(to); day++) days.push([isoDate(day), name]);
      return days;
    }),
  ),
);

const makeUpWorkingDays: ReadonlySet<string> = new Set(MAKE_UP_WORKING_DAYS);

/** Checks that `date` is a real YYYY-MM-DD date inside the supported range, and returns its day number. */
function checkDate(date: string): number {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(date) ? dayNumber(date) : Number.NaN;
  if (Number.isNaN(day) || isoDate(day) !== date) throw new Error(`Not an ISO date (YYYY-MM-DD): '${date}'`);
  if (date < FIRST_DATE || date > LAST_DATE) {
    throw new Error(`Date ${date} is outside the supported range ${FIRST_DATE} to ${LAST_DATE}`);
  }
  return day;
}

/** Whether people work on `date` in mainland China: weekdays that are not holidays, plus make-up days. */
export function isWorkingDay(date: string): boolean {
  const weekday = new Date(checkDate(date) * DAY).getUTCDay();
  if (makeUpWorkingDays.has(date)) return true;
  if (holidayByDate.has(date)) return false;
  return weekday !== 0 && weekday !== 6;
}

/** The Chinese name of the holiday `date` falls in ('春节', '国庆节', …), or undefined on other days. */
export function holidayName(date: string): string | undefined {
  checkDate(date);
  return holidayByDate.get(date);
}
