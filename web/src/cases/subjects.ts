/**
 * @module Persons as a case names them: the case's entries record a ref (a pseudonym, or an id once unmasked), and
 * the answer's `subjects` says who that is for this viewer.
 */
import type { PersonRef } from '../api/types';
import { personLabel } from '../ui/PersonName';

/** The subject a ref recorded in the case stands for, if it is one. */
export function subjectFor(subjects: readonly PersonRef[], ref: string): PersonRef | undefined {
  return subjects.find((person) => person.ref === ref || person.pseudonym === ref || person.id === ref);
}

/** Plain text for a recorded ref: the subject's label as this viewer may see it, else the ref itself. */
export function refLabel(subjects: readonly PersonRef[], ref: string): string {
  const person = subjectFor(subjects, ref);
  return person ? personLabel(person) : ref;
}
