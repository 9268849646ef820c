/** @module Detection: Sigma rules and correlations, and the engine that runs them over molehunt events. */

export { detectInStore } from './backfill.js';
export { Engine, type EngineOptions, type EngineSnapshot, type Signal } from './engine/engine.js';
export { builtInRuleDir, loadRules, type RuleSet } from './load.js';
export { type CorrelationRule, loadCorrelationRule, parseTimespan } from './sigma/correlation.js';
export { type EventTest, fieldReader } from './sigma/detection.js';
export { loadSigmaRule, RuleLoadError, type SigmaRule } from './sigma/rule.js';
