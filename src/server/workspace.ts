/**
 * @module The workspace the API serves: the store, the rules in force, and a cached view of risk (alerts, the person
 * directory for pseudonyms) rebuilt only after something changed it (an import, a rule run, a rule switched).
 */
import { createHmac } from 'node:crypto';
import { resolve } from 'node:path';
import { Cases, Policy } from '../cases/index.js';
import type { Config } from '../config/index.js';
import { loadRules, type RuleSet, ruleDirs, savedTimeZone, withoutRules } from '../detect/index.js';
import type { Entity } from '../model/index.js';
import { loadOrCreatePseudonymKey, PersonDirectory } from '../privacy/index.js';
import type { Alert } from '../risk/index.js';
import { alertsAt, type Explanation, type RiskContext, riskContext } from '../risk/index.js';
import { allEntities, type Store } from '../store/index.js';
import { Jobs } from './jobs.js';
import { ViewerCache } from './viewers.js';

export type ExplainedAlert = Alert & { explanation: Explanation };

/** Everything a read needs, computed once per change of the store. */
export interface WorkspaceView {
  context: RiskContext;
  /** Open alerts, highest risk first. */
  alerts: ExplainedAlert[];
  persons: ReadonlyMap<string, Entity>;
  directory: PersonDirectory;
  /** The data's present: the latest event stored. Risk is read as of then. */
  asOf: number;
  timeZone: string;
  /** Executives and recipients of secret documents: unmasking them needs a second investigator. */
  isPriority(person: string): boolean;
}

export class Workspace {
  readonly jobs = new Jobs();
  readonly viewers = new ViewerCache();
  readonly cases: Cases;
  readonly policy: Policy;
  private view?: Promise<WorkspaceView>;
  private rules?: RuleSet;
  private exclusive: Promise<unknown> = Promise.resolve();
  private readonly key: Buffer;
  private readonly viewListeners: ((view: WorkspaceView) => void)[] = [];

  constructor(
    readonly store: Store,
    readonly config: Config,
  ) {
    this.key = loadOrCreatePseudonymKey(resolve(config.dataDir));
    this.cases = new Cases(store, resolve(config.dataDir));
    this.policy = new Policy(store);
  }

  /** A server secret for one purpose (CSRF tokens), derived from the data directory's key so it survives restarts. */
  secret(purpose: string): Buffer {
    return createHmac('sha256', this.key).update(`molehunt ${purpose}`).digest();
  }

  /** The rule pack with the workspace's switched-off rules left out; `all` keeps them (the rules page lists them). */
  async ruleSet(all = false): Promise<RuleSet> {
    this.rules ??= loadRules(ruleDirs(resolve(this.config.dataDir)));
    if (all) return this.rules;
    return withoutRules(this.rules, new Set(await this.store.disabledRules()));
  }

  /** The work time zone: the setting, else the one detection learned on this store, else the display zone. */
  async timeZone(): Promise<string> {
    return this.config.workTimeZone ?? (await savedTimeZone(this.store)) ?? this.config.displayTimeZone;
  }

  /** Called with each newly built view (the log masker follows the directory). */
  onView(listener: (view: WorkspaceView) => void): void {
    this.viewListeners.push(listener);
  }

  current(): Promise<WorkspaceView> {
    if (!this.view) {
      const building = this.build().then((view) => {
        for (const listener of this.viewListeners) listener(view);
        return view;
      });
      // A failed build is not cached: the next read tries again.
      building.catch(() => {
        if (this.view === building) this.view = undefined;
      });
      this.view = building;
    }
    return this.view;
  }

  /** Forgets the cached view; the next read rebuilds it from the store. */
  changed(): void {
    this.view = undefined;
  }

  /** Runs detection work one at a time (live detection after imports, rule runs), then refreshes the view. */
  serialized<T>(work: () => Promise<T>): Promise<T> {
    const result = this.exclusive.then(work);
    this.exclusive = result.catch(() => undefined);
    return result.finally(() => this.changed());
  }

  private async build(): Promise<WorkspaceView> {
    const timeZone = await this.timeZone();
    const context = await riskContext(this.store, await this.ruleSet(true), timeZone);
    const stats = await this.store.stats();
    const asOf = stats.lastEvent ?? Date.now();
    const people = await allEntities(this.store, 'person');
    const plates: { plate: string; person: string }[] = [];
    for (const vehicle of await allEntities(this.store, 'vehicle')) {
      for (const relation of await this.store.relations(`vehicle:${vehicle.id}`)) {
        if (relation.type === 'owner' && relation.from.startsWith('person:'))
          plates.push({ plate: vehicle.id, person: relation.from.slice('person:'.length) });
      }
    }
    const alerts = alertsAt(context, asOf, timeZone).sort(
      (a, b) => b.risk.risk - a.risk.risk || a.person.localeCompare(b.person),
    );
    return {
      context,
      alerts,
      persons: new Map(people.map((person) => [person.id, person])),
      directory: new PersonDirectory(people, plates, this.key),
      asOf,
      timeZone,
      isPriority: (person) =>
        context.boostersOf(person, asOf).some((booster) => booster.kind === 'priority_person'),
    };
  }
}
