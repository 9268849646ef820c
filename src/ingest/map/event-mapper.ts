/** @module A profile compiled for one file: each record becomes an Event or a problem to quarantine. */
import {
  type Event,
  type EventKind,
  eventId,
  eventIdForKey,
  eventKinds,
  eventProblem,
  type FieldValue,
} from '../../model/index.js';
import type { EventProfile } from '../profile/schema.js';
import type { SourceRecord } from '../records.js';
import type { RecordValues } from './access.js';
import { SpecCompiler, specSource } from './compile.js';
import { pickVariant } from './layout.js';
import type { PersonIndex } from './persons.js';
import { compileTimeFormats } from './time-format.js';
import { ValueProblem, type ValueReader } from './values.js';

export interface RecordProblem {
  field?: string;
  reason: string;
}

export interface EventMapper {
  /** The layouts of the variant the file's columns chose, when the profile has variants. */
  layouts?: readonly string[];
  map(record: SourceRecord, batch: string): Event | RecordProblem;
}

export interface FileContext {
  path: string;
  /** The file as recorded in events' raw references (relative to what the user named). */
  name: string;
  columns?: readonly string[];
  /**
   * The keys of keyed records (a pushed CSV-profile record is an object, not a row), to pick the profile's variant by
   * when there are no columns to read positions from.
   */
  variantKeys?: readonly string[];
  persons?: PersonIndex;
}

/** Compiles an event profile for one file; throws MH_ERR_INPUT_UNREADABLE when the file lacks columns it needs. */
export function compileEventMapper(profile: EventProfile, file: FileContext): EventMapper {
  const { columns } = file;
  const variant = pickVariant(profile.name, profile.variants, columns ?? file.variantKeys, file.path);
  const time = profile.time;
  const readTime = compileTimeFormats([time.format].flat(), time.zone, time.clock_offset);
  const compiler = new SpecCompiler(columns, readTime);
  const timeText = compiler.value(
    time.template ? { template: time.template } : { from: time.from! },
    'keyword',
  );
  const timeField = time.from ?? time.template ?? 'time';
  const fixedKind =
    typeof profile.kind === 'string' && profile.kind in eventKinds ? (profile.kind as EventKind) : undefined;
  const kindReader = fixedKind ? undefined : compiler.value(profile.kind, 'keyword');
  const actionSpec = variant?.action ?? profile.action;
  const action = compiler.value(actionSpec, 'keyword');
  const actor = profile.actor ? compiler.value(profile.actor, 'keyword') : undefined;
  const target = profile.target ? compiler.value(profile.target, 'keyword') : undefined;
  const fields = Object.entries({ ...profile.fields, ...variant?.fields }).map(
    ([name, spec]) => [name, compiler.field(name, spec), specSource(spec, name)] as const,
  );
  const key = profile.key?.map((from) => [from, compiler.value(from, 'keyword')] as const);
  compiler.finish(profile.name, file.path);

  return {
    layouts: variant?.layouts,
    map(record, batch) {
      const values = record.values as RecordValues;
      const text = timeText(values);
      if (text === undefined) return { field: timeField, reason: 'the time is empty' };
      const at = readTime(String(text).trim());
      if (at === undefined) {
        return {
          field: timeField,
          reason: `"${text}" is not a time in the format ${[time.format].flat().join(' or ')}`,
        };
      }
      const kind = fixedKind ?? kindReader!(values);
      if (typeof kind !== 'string' || !(kind in eventKinds)) {
        return problem(
          kind,
          'kind',
          `no event kind; map the value to one of ${Object.keys(eventKinds).join(', ')}`,
        );
      }
      const act = action(values);
      if (typeof act !== 'string')
        return problem(act, specSource(actionSpec, 'action'), 'the action is empty');
      const attrs: Record<string, FieldValue> = {};
      for (const [name, reader, source] of fields) {
        const value = reader(values);
        if (value instanceof ValueProblem) return { field: source, reason: `${value.reason} (for ${name})` };
        if (value !== undefined) attrs[name] = value;
      }
      const event: Event = {
        id: '',
        time: at,
        source: profile.source,
        kind: kind as EventKind,
        action: act,
        attrs,
        raw: { batch, file: file.name, line: record.line },
      };
      const who = actor?.(values);
      if (who instanceof ValueProblem)
        return { field: specSource(profile.actor!, 'actor'), reason: who.reason };
      if (who !== undefined) {
        const person = file.persons?.resolve(String(who));
        event.actor = person ?? String(who);
        if (person && person !== who) attrs['molehunt.raw_user'] = String(who);
      }
      const what = target?.(values);
      if (what instanceof ValueProblem)
        return { field: specSource(profile.target!, 'target'), reason: what.reason };
      if (what !== undefined) event.target = String(what);
      const wrong = eventProblem(event);
      if (wrong) return wrong;
      const id = recordId(profile.source, key, values, record.raw);
      if (typeof id !== 'string') return id;
      event.id = id;
      return event;
    },
  };
}

function problem(value: unknown, field: string, fallback: string): RecordProblem {
  return { field, reason: value instanceof ValueProblem ? value.reason : fallback };
}

/** The record's identity: its key fields, or else its whole text, so that a repeated line is a duplicate. */
function recordId(
  source: string,
  key: readonly (readonly [string, ValueReader])[] | undefined,
  values: RecordValues,
  raw: string,
): string | RecordProblem {
  if (!key) return eventId(source, raw);
  const parts: string[] = [];
  for (const [from, reader] of key) {
    const value = reader(values);
    if (value === undefined || value instanceof ValueProblem) {
      return {
        field: from,
        reason: 'the key field is empty, so the record cannot be told apart from others',
      };
    }
    parts.push(String(value));
  }
  return eventIdForKey(source, parts);
}
