/** @module Detection: Sigma rules compiled into predicates over molehunt events (the engine follows in issue 4). */
export { type EventTest, fieldReader } from './sigma/detection.js';
export { loadSigmaRule, RuleLoadError, type SigmaRule } from './sigma/rule.js';
