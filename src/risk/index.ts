/** @module Risk: signals scored and faded, boosted by HR context and priority, and people ranked by it. */
export { type Alert, type AlertPolicy, alertsFrom, defaultPolicy } from './alerts.js';
export { type Booster, boostersAt } from './boosters.js';
export { type CertAnswers, type CertInsider, readCertAnswers } from './cert-answers.js';
export {
  alertsAt,
  type RiskContext,
  type RiskFacts,
  riskContext,
  riskContextOf,
  riskTop,
} from './context.js';
export { type CertEvaluation, type CertRequest, evaluateCertFolder, reportedBudgets } from './eval-cert.js';
export { type DemoEvaluation, type DemoLabels, evaluateDemo, type IncidentResult } from './eval-demo.js';
export { type Explanation, explain } from './explain.js';
export { type Attribution, type PersonRisk, type RiskModel, rankAt, type ScoredSignal } from './rank.js';
export { decayed, HALF_LIFE_MS, type Stage, signalPoints, stages, stagesOf } from './score.js';
