/** @module The shape every planted incident has: whose days it takes over, what it writes, and its label. */
import type { Recorder } from '../cert.js';
import type { Company } from '../company.js';
import type { IncidentLabel } from '../labels.js';
import type { Day, Directory } from '../ordinary-day.js';
import type { Random } from '../random.js';
import type { Registry } from '../registry.js';

export interface World {
  company: Company;
  directory: Directory;
  act: Recorder;
  random: Random;
}

export interface Incident {
  readonly label: IncidentLabel;
  /** Rows the incident adds to the registers (companies, owners, relatives, documents), written before any day. */
  register?(registry: Registry): void;
  /** Records from before the simulated days (HR history), written once at the start. */
  history?(world: World): void;
  /** The persons whose ordinary day this incident writes itself on `day`. */
  takesOver(day: Day): readonly string[];
  /** Writes the incident's records of `day`. */
  play(world: World, day: Day): void;
}
