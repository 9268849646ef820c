/** @module Timeline lanes: where an event kind is drawn on a person's timeline. */
import type { EventKind } from './event.js';

export type Lane = 'physical' | 'digital' | 'communication' | 'hr';

export const laneOfKind: Record<EventKind, Lane> = {
  badge: 'physical',
  asset: 'physical',
  gate: 'physical',
  vehicle: 'physical',
  camera: 'physical',
  visitor: 'physical',
  logon: 'digital',
  usb: 'digital',
  file: 'digital',
  web: 'digital',
  email: 'communication',
  chat: 'communication',
  post: 'communication',
  hr: 'hr',
};
