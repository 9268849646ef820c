/** @module The normalized Event: what every connector produces and every later stage reads. */
import { z } from 'zod';

/** Event kinds and, for each, its closed list of actions and the attributes every event of that kind must have. */
export const eventKinds = {
  badge: { actions: ['badge.in', 'badge.out'], required: [['molehunt.door', 'molehunt.area']] },
  asset: { actions: ['asset.checkout', 'asset.checkin'], required: [['molehunt.asset.id']] },
  gate: { actions: ['gate.pass'], required: [['molehunt.gate.item', 'molehunt.asset.id']] },
  vehicle: { actions: ['vehicle.sighting'], required: [['molehunt.vehicle.plate']] },
  camera: { actions: ['camera.face'], required: [['molehunt.camera.id']] },
  visitor: { actions: ['visitor.arrive', 'visitor.leave'], required: [['molehunt.visitor.name']] },
  logon: { actions: ['logon', 'logoff'], required: [['host.name']] },
  usb: { actions: ['usb.connect', 'usb.disconnect'], required: [['host.name', 'device.id']] },
  file: {
    actions: ['file.copy', 'file.open', 'file.write', 'file.delete'],
    required: [['file.path', 'file.name']],
  },
  email: { actions: ['email.send', 'email.receive'], required: [['email.from.address']] },
  chat: { actions: ['chat.message'], required: [['message']] },
  web: { actions: ['web.visit', 'web.upload', 'web.download'], required: [['url.full', 'url.domain']] },
  post: { actions: ['post.published'], required: [['message']] },
  hr: {
    actions: [
      'hr.hire',
      'hr.change',
      'hr.resign',
      'hr.leave',
      'hr.discipline',
      'hr.improvement_plan',
      'hr.exit',
    ],
    required: [] as string[][],
  },
} as const satisfies Record<string, { actions: readonly string[]; required: readonly (readonly string[])[] }>;

export type EventKind = keyof typeof eventKinds;
export const eventKindNames = Object.keys(eventKinds) as EventKind[];

/** An attribute value: scalars, or a list for fields whose dictionary type ends in `[]`. */
export type FieldValue = string | number | boolean | string[] | number[];

/** Where the event came from: the import batch, the file, and the 1-based line (or record number). */
export interface RawRef {
  batch: string;
  file: string;
  line: number;
}

export interface Event {
  /** Stable UUID (see `eventId`). */
  id: string;
  /** Event time, UTC epoch ms. */
  time: number;
  /** The source (`event.dataset`), named by the mapping profile. */
  source: string;
  kind: EventKind;
  /** `event.action`, one of the kind's actions. */
  action: string;
  /** `user.id`: the person whose timeline this event belongs to, when known. */
  actor?: string;
  /** `molehunt.target`: what the person acted on. */
  target?: string;
  /** Further fields from the field dictionary, by their dotted names. */
  attrs: Record<string, FieldValue>;
  raw: RawRef;
}

const fieldValue = z.union([z.string(), z.number(), z.boolean(), z.array(z.string()), z.array(z.number())]);

export const rawRefSchema = z.strictObject({
  batch: z.string(),
  file: z.string(),
  line: z.number().int().nonnegative(),
});

/** The zod schema of an Event, for events that arrive already normalized (HTTP push, bus). */
export const eventSchema = z
  .strictObject({
    id: z.uuid(),
    time: z.number().int(),
    source: z.string().min(1),
    kind: z.enum(eventKindNames as [EventKind, ...EventKind[]]),
    action: z.string().min(1),
    actor: z.string().min(1).optional(),
    target: z.string().min(1).optional(),
    attrs: z.record(z.string(), fieldValue),
    raw: rawRefSchema,
  })
  .superRefine((event, ctx) => {
    const problem = eventProblem(event);
    if (problem) ctx.addIssue({ code: 'custom', path: [problem.field], message: problem.reason });
  });

/**
 * What is wrong with an event's action or required attributes, or undefined when it is whole.
 * Cheap enough for the ingest hot path: it checks only what the kind requires.
 */
export function eventProblem(
  event: Pick<Event, 'kind' | 'action' | 'attrs'>,
): { field: string; reason: string } | undefined {
  const spec = eventKinds[event.kind];
  if (!spec)
    return { field: 'kind', reason: `unknown kind "${event.kind}"; use one of ${eventKindNames.join(', ')}` };
  if (!(spec.actions as readonly string[]).includes(event.action)) {
    return {
      field: 'event.action',
      reason: `"${event.action}" is not an action of kind ${event.kind}; use one of ${spec.actions.join(', ')}`,
    };
  }
  for (const anyOf of spec.required) {
    if (!anyOf.some((name) => isPresent(event.attrs[name]))) {
      return { field: anyOf[0] ?? 'attrs', reason: `a ${event.kind} event needs ${anyOf.join(' or ')}` };
    }
  }
  return undefined;
}

function isPresent(value: FieldValue | undefined): boolean {
  if (value === undefined || value === '') return false;
  return !Array.isArray(value) || value.length > 0;
}
