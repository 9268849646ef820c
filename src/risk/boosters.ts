/**
 * @module Boosters: what makes the same signals weigh more for one person than another, each with the reason it
 * applies. HR context (a resignation filed, an improvement plan, a demotion), prior disciplinary records with their
 * dates, and priority persons (executives, recipients of secret documents).
 */
import type { Entity, Event } from '../model/index.js';

export interface Booster {
  kind: 'resignation' | 'improvement_plan' | 'discipline' | 'demotion' | 'priority_person' | 'priority_asset';
  factor: number;
  /** Plain words, with the date: "disciplined on 2022-06-20: 任华南分公司负责人期间泄露新品发布日期". */
  reason: string;
  /** The same in Chinese. */
  reasonZh: string;
  /** The event behind it, when there is one. */
  event?: string;
  since: number;
}

const DAY = 24 * 3_600_000;
const RESIGNATION_WINDOW = 90 * DAY;
const DEMOTION_WINDOW = 365 * DAY;
/** An improvement plan weighs while it runs and for a while after: plans usually run 60 to 90 days. */
const IMPROVEMENT_PLAN_WINDOW = 180 * DAY;

/** Roles that make a person a priority (executives and heads), in Chinese and English. */
const executive = /总经理|总监|副总裁|首席|VP|Vice President|Director|Chief|Head of/i;

/** The person's boosters in force at `at`, from their HR events and their roster entry. */
export function boostersAt(
  at: number,
  hrEvents: readonly Event[],
  person: Entity | undefined,
  secretRecipient: boolean,
  dateOf: (time: number) => string,
): Booster[] {
  const boosters: Booster[] = [];
  for (const event of hrEvents) {
    if (event.time > at) continue;
    const reason = String(event.attrs['molehunt.hr.reason'] ?? '');
    if (event.action === 'hr.resign' && at - event.time <= RESIGNATION_WINDOW) {
      boosters.push({
        kind: 'resignation',
        factor: 1.5,
        reason: `filed a resignation on ${dateOf(event.time)}`,
        reasonZh: `${dateOf(event.time)} 提交离职申请`,
        event: event.id,
        since: event.time,
      });
    }
    if (event.action === 'hr.improvement_plan' && at - event.time <= IMPROVEMENT_PLAN_WINDOW) {
      boosters.push({
        kind: 'improvement_plan',
        factor: 1.3,
        reason: `put on a performance improvement plan on ${dateOf(event.time)}`,
        reasonZh: `${dateOf(event.time)} 进入绩效改进计划`,
        event: event.id,
        since: event.time,
      });
    }
    if (event.action === 'hr.discipline') {
      boosters.push({
        kind: 'discipline',
        factor: 1.5,
        reason: `disciplined on ${dateOf(event.time)}${reason ? `: ${reason}` : ''}`,
        reasonZh: `${dateOf(event.time)} 受过处分${reason ? `：${reason}` : ''}`,
        event: event.id,
        since: event.time,
      });
      const sanction = String(event.attrs['molehunt.hr.sanction'] ?? '');
      if (sanction.includes('demotion') && at - event.time <= DEMOTION_WINDOW) {
        boosters.push({
          kind: 'demotion',
          factor: 1.3,
          reason: `demoted on ${dateOf(event.time)}`,
          reasonZh: `${dateOf(event.time)} 被降职`,
          event: event.id,
          since: event.time,
        });
      }
    }
  }
  const role = String(person?.attrs['molehunt.hr.role'] ?? '');
  const isExecutive = executive.test(role);
  if (isExecutive || secretRecipient) {
    boosters.push({
      kind: 'priority_person',
      factor: 1.3,
      reason: [
        isExecutive ? `an executive (${role})` : '',
        secretRecipient ? 'receives secret documents' : '',
      ]
        .filter(Boolean)
        .join(', and '),
      reasonZh: [isExecutive ? `高管（${role}）` : '', secretRecipient ? '接收绝密文件' : '']
        .filter(Boolean)
        .join('，且'),
      since: Number.NEGATIVE_INFINITY,
    });
  }
  // One booster of a kind counts once: the latest reason stands for it.
  const byKind = new Map<Booster['kind'], Booster>();
  for (const booster of boosters.sort((a, b) => a.since - b.since)) byKind.set(booster.kind, booster);
  return [...byKind.values()];
}
