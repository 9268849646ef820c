/**
 * @module molehunt's modifiers that consult the registry: `|lookup` (registered values: supplier domains, document
 * hashes, marker sentences) and `|fingerprint` (registered documents' content, found by their fingerprints).
 */
import type { ContentMatch } from '../../leaks/index.js';
import { type LeakClassification, leakClassifications } from '../../store/index.js';
import { type EventTest, fieldReader, type MatchContext } from './match-context.js';
import { RuleError } from './values.js';

/**
 * `field|lookup: supplier.email_domain`: the field's value (or any of a list's) is registered under that name, an
 * entity type and attribute of the registry; an e-mail address also matches through its domain.
 * `field|contains|lookup: document.molehunt.document.marker`: the field's text contains a registered value.
 */
export function compileLookup(field: string, modifiers: readonly string[], value: unknown): EventTest {
  const contains = modifiers.includes('contains');
  if (modifiers.length > (contains ? 2 : 1))
    throw new RuleError(
      `${field}|lookup takes no other modifier than contains; write ${field}|lookup: <type>.<attribute>`,
    );
  const names = Array.isArray(value) ? value : [value];
  if (!names.length || !names.every((n) => typeof n === 'string' && /^[a-z_]+\.[\w.]+$/.test(n)))
    throw new RuleError(
      `${field}|lookup names what the registry holds, as <entity type>.<attribute>, e.g. supplier.email_domain`,
    );
  const read = fieldReader(field);
  const registered = (text: string, sets: readonly ReadonlySet<string>[]) => {
    const lower = text.toLowerCase();
    if (contains)
      return sets.some((set) => [...set].some((registeredValue) => lower.includes(registeredValue)));
    const at = lower.lastIndexOf('@');
    const domain = at >= 0 ? lower.slice(at + 1) : undefined;
    return sets.some((set) => set.has(lower) || (domain !== undefined && set.has(domain)));
  };
  return (event, context) => {
    const actual = read(event);
    if (actual === undefined || actual === '') return false;
    const sets = (names as string[]).map((name) => context.lookup(name));
    return Array.isArray(actual)
      ? actual.some((item) => registered(String(item), sets))
      : registered(String(actual), sets);
  };
}

/**
 * `field|fingerprint: confidential`: the field's text (or any of a list's) carries content of a registered document
 * classified at least that level (`internal` < `confidential` < `secret`): a copy of it, or a passage of a sentence
 * or more, however retyped or reformatted.
 */
export function compileFingerprint(field: string, modifiers: readonly string[], value: unknown): EventTest {
  if (modifiers.length > 1)
    throw new RuleError(
      `${field}|fingerprint takes no other modifier; write ${field}|fingerprint: confidential`,
    );
  const least = leakClassifications.indexOf(String(value).toLowerCase() as LeakClassification);
  if (typeof value !== 'string' || least < 0)
    throw new RuleError(
      `${field}|fingerprint names the lowest classification that counts, one of ${leakClassifications.join(', ')}; e.g. ${field}|fingerprint: confidential`,
    );
  const read = fieldReader(field);
  const counts = (match: ContentMatch) => leakClassifications.indexOf(match.classification) >= least;
  const carries = (item: unknown, context: MatchContext) =>
    typeof item === 'string' && item !== '' && context.documentsIn(item).some(counts);
  return (event, context) => {
    const actual = read(event);
    return Array.isArray(actual)
      ? (actual as unknown[]).some((item) => carries(item, context))
      : carries(actual, context);
  };
}
