/**
 * @module `molehunt eval cert`: the rule pack and risk scoring measured on a folder in the CERT Insider Threat Test
 * Dataset's layout against its answer key, in the measures papers report: user-level and user-day-level ROC AUC,
 * detection rate at 5% and 10% false-positive rate, and cumulative recall at a daily budget (CR-k).
 *
 * Scores are what an investigator using molehunt would see. A user's score is the highest risk they reach over the
 * whole period; a user-day's score is the risk of that day's own signals (with the person's boosters), so that one
 * bad day does not colour the quiet days after it. Days are UTC dates, as CERT times are read.
 */
import { detectInFiles, type FileRequest, type RuleSet } from '../detect/index.js';
import type { Event, Signal } from '../model/index.js';
import { type CertAnswers, readCertAnswers } from './cert-answers.js';
import { riskContextOf } from './context.js';
import { groupBy } from './group.js';
import {
  BUDGET_STEP,
  cumulativeRecall,
  detectionRateAt,
  rocAuc,
  type Scored,
  type ScoredDay,
} from './metrics.js';
import { type RiskModel, rankAt } from './rank.js';
import { HALF_LIFE_MS } from './score.js';

export interface LevelResult {
  /** How many are scored, how many are malicious, how many scored above 0. */
  scored: number;
  malicious: number;
  flagged: number;
  auc?: number;
  detectionRateAt5?: number;
  detectionRateAt10?: number;
}

export interface InsiderResult {
  user: string;
  scenario: string;
  maliciousDays: number;
  /** Their highest risk, and their rank among all users by it (1 is first; ties counted against them). */
  score: number;
  rank: number;
  /** Malicious days with a signal of their own. */
  daysFlagged: number;
}

export interface CertEvaluation {
  dataset: string;
  events: number;
  signals: number;
  quarantined: number;
  user: LevelResult;
  userDay: LevelResult;
  /** CR-k at each budget, with its best possible value (k / 25). */
  cumulativeRecall: { k: number; value: number; best: number }[];
  insiders: InsiderResult[];
}

/** The daily budgets CR-k is reported at: Tuor et al. and Yuan & Wu report up to 1000. */
export const reportedBudgets = [25, 50, 100, 200, 400, 1000];

export interface CertRequest {
  dataDir: string;
  answersDir: string;
  dataset?: string;
  rules: RuleSet;
  /** The `cert` bundle and the loader for the profiles it names. */
  profile: FileRequest['profile'];
  loadProfile: FileRequest['loadProfile'];
}

/** Reads the answers, detects straight from the files (no store), scores and measures. */
export async function evaluateCertFolder(request: CertRequest): Promise<CertEvaluation> {
  const answers = readCertAnswers(request.answersDir, {
    dataDir: request.dataDir,
    ...(request.dataset === undefined ? {} : { dataset: request.dataset }),
  });
  const active = new Map<string, Set<string>>();
  const detection = await detectInFiles(
    request.rules,
    {
      profile: request.profile,
      inputs: [request.dataDir],
      loadProfile: request.loadProfile,
      onEvent: (event: Event) => {
        if (!event.actor) return;
        const days = active.get(event.actor) ?? new Set<string>();
        days.add(utcDay(event.time));
        active.set(event.actor, days);
      },
    },
    // CERT times are wall-clock times read as UTC: the work day's hours are UTC hours.
    { timeZone: 'UTC' },
  );
  const context = riskContextOf(
    {
      signals: detection.signals,
      hrEvents: [],
      persons: detection.persons,
      documents: [],
      recipientsOf: () => [],
      events: new Map(),
    },
    request.rules,
    'UTC',
  );
  const users = new Set([
    ...detection.persons.map((p) => p.id),
    ...active.keys(),
    ...answers.insiders.keys(),
  ]);
  return {
    ...measure(context.signals, context, answers, users, active),
    events: detection.events,
    signals: detection.signals.length,
    quarantined: detection.quarantined,
  };
}

/** The measures, from scored signals and the answers; `active` holds each user's days with any event. */
function measure(
  signals: readonly Signal[],
  model: RiskModel,
  answers: CertAnswers,
  users: ReadonlySet<string>,
  active: ReadonlyMap<string, ReadonlySet<string>>,
): Omit<CertEvaluation, 'events' | 'signals' | 'quarantined'> {
  const byPerson = groupBy(
    signals.filter((signal) => signal.person),
    (signal) => signal.person!,
  );

  const userScores = new Map<string, number>();
  const dayScores: ScoredDay[] = [];
  for (const user of users) {
    const own = (byPerson.get(user) ?? []).sort((a, b) => a.time - b.time);
    userScores.set(user, peakRisk(own, model));
    const malicious = answers.insiders.get(user)?.days ?? new Set<string>();
    const days = new Set([...(active.get(user) ?? []), ...malicious]);
    const byDay = groupBy(own, (signal) => utcDay(signal.time));
    for (const day of days) {
      const daySignals = byDay.get(day) ?? [];
      const endOfDay = Date.parse(`${day}T23:59:59.999Z`);
      const score = daySignals.length ? (rankAt(endOfDay, daySignals, model)[0]?.risk ?? 0) : 0;
      dayScores.push({ day, score, positive: malicious.has(day) });
    }
  }

  const userItems: Scored[] = [...userScores].map(([user, score]) => ({
    score,
    positive: answers.insiders.has(user),
  }));
  const insiders = [...answers.insiders.values()].map((insider) => {
    const score = userScores.get(insider.user) ?? 0;
    const flaggedDays = new Set((byPerson.get(insider.user) ?? []).map((s) => utcDay(s.time)));
    return {
      user: insider.user,
      scenario: insider.scenario,
      maliciousDays: insider.days.size,
      score,
      rank: [...userScores.values()].filter((s) => s >= score).length,
      daysFlagged: [...insider.days].filter((d) => flaggedDays.has(d)).length,
    };
  });
  return {
    dataset: answers.dataset,
    user: levelResult(userItems),
    userDay: levelResult(dayScores),
    cumulativeRecall: reportedBudgets.map((k) => ({
      k,
      value: cumulativeRecall(dayScores, k),
      best: k / BUDGET_STEP,
    })),
    insiders: insiders.sort((a, b) => a.rank - b.rank || (a.user < b.user ? -1 : 1)),
  };
}

/** Signals older than this keep under 0.1% of their points: the peak is read without them, so a person's long
 * history does not make each moment cost more. */
const FORGOTTEN_MS = 10 * HALF_LIFE_MS;

/**
 * The highest risk the person's signals (in time order) reach: risk only rises when a signal arrives, so those are
 * the moments to look at.
 */
function peakRisk(own: readonly Signal[], model: RiskModel): number {
  let peak = 0;
  let oldest = 0;
  own.forEach((signal, i) => {
    if (own[i + 1]?.time === signal.time) return;
    while (signal.time - own[oldest]!.time > FORGOTTEN_MS) oldest += 1;
    const risk = rankAt(signal.time, own.slice(oldest, i + 1), model)[0]?.risk ?? 0;
    peak = Math.max(peak, risk);
  });
  return peak;
}

function levelResult(items: readonly Scored[]): LevelResult {
  const result: LevelResult = {
    scored: items.length,
    malicious: items.filter((i) => i.positive).length,
    flagged: items.filter((i) => i.score > 0).length,
  };
  const auc = rocAuc(items);
  const at5 = detectionRateAt(items, 0.05);
  const at10 = detectionRateAt(items, 0.1);
  if (auc !== undefined) result.auc = auc;
  if (at5 !== undefined) result.detectionRateAt5 = at5;
  if (at10 !== undefined) result.detectionRateAt10 = at10;
  return result;
}

function utcDay(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}
