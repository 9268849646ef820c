/** @module Choosing who and when for a seeded incident: people nobody else's incident uses, and working days in range. */
import { MolehuntError } from '../../model/index.js';
import type { Company, Employee } from '../company.js';
import type { Day } from '../ordinary-day.js';
import type { Random } from '../random.js';

/** The smallest company every incident finds its people in. */
export const minimumEmployees = 100;

/** Hands out each employee to at most one incident. */
export class Casting {
  private readonly used = new Set<string>();

  constructor(
    readonly company: Company,
    readonly days: readonly Day[],
  ) {}

  reserve(id: string): void {
    this.used.add(id);
  }

  /**
   * Someone not yet cast who matches, staff before managers where there is a choice.
   * Throws when nobody does: a company too small for its incidents.
   */
  pick(rng: Random, what: string, matches: (e: Employee) => boolean): Employee {
    const candidates = this.company.employees.filter((e) => !this.used.has(e.id) && matches(e));
    if (!candidates.length) {
      throw new MolehuntError(
        'MH_ERR_USAGE',
        `the demo company has no one left to cast as ${what}; generate more employees (at least ${minimumEmployees})`,
      );
    }
    const staff = candidates.filter((e) => !e.isManager);
    const chosen = rng.pick(staff.length ? staff : candidates);
    this.used.add(chosen.id);
    return chosen;
  }

  /** Working days from position `fromShare` to `toShare` of the range (0 start, 1 end). */
  workingDays(fromShare: number, toShare: number): Day[] {
    const from = Math.floor(this.days.length * fromShare);
    const to = Math.ceil(this.days.length * toShare);
    return this.days.slice(from, to).filter((d) => d.working);
  }
}
