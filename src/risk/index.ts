/** @module Risk: signals scored and faded, boosted by HR context and priority, and people ranked by it. */
export { type Alert, type AlertPolicy, alertsFrom, defaultPolicy } from './alerts.js';
export { type Booster, boostersAt } from './boosters.js';
export { alertsAt, type RiskContext, riskContext, riskTop } from './context.js';
export { type DemoEvaluation, type DemoLabels, evaluateDemo, type IncidentResult } from './eval-demo.js';
export { type Explanation, explain } from './explain.js';
export { type PersonRisk, rankAt, type ScoredSignal } from './rank.js';
export { decayed, HALF_LIFE_MS, type Stage, signalPoints, stages, stagesOf } from './score.js';
