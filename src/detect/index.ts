/** @module Detection: Sigma rules and correlations, and the engine that runs them over molehunt events. */

export { type Detection, detectInStore } from './backfill.js';
export { Engine, type EngineOptions, type EngineSnapshot, type Signal } from './engine/engine.js';
export { detectInFiles, type FileDetection, type FileRequest } from './files.js';
export { type FixtureResult, fixturePath, runFixtures } from './fixtures.js';
export { detectImported, type LiveOptions, type LiveReport, savedTimeZone } from './live.js';
export { builtInRuleDir, loadRules, type RuleSet, ruleDirs } from './load.js';
export { type DetectionRegistry, registryFromStore, registryOf } from './registry.js';
export { type CorrelationRule, loadCorrelationRule } from './sigma/correlation.js';
export { type EventTest, fieldReader } from './sigma/match-context.js';
export { loadSigmaRule, RuleLoadError, type SigmaRule } from './sigma/rule.js';
export { parseTimespan } from './sigma/timespan.js';
export { ruleWithDependencies, withoutRules } from './subset.js';
