/** @module Cases: evidence in a tamper-evident ledger, chain of custody, legal hold, and the case file's checks. */

export { type ExportedBundle, exportBundle, type LedgerFacts, type RenderReports } from './bundle/export.js';
export { type BundleProblem, type BundleReport, type VerifyOptions, verifyBundle } from './bundle/verify.js';
export type { CaseActor } from './case-ledger.js';
export type { CaseEvidence, CaseState, CustodyStep } from './case-state.js';
export { type CaseCheck, Cases, type NewEvidence } from './cases.js';
export type { LedgerProblem } from './check-ledger.js';
export { openFromAlerts } from './from-alerts.js';
export { keyFingerprint } from './ledger/index.js';
export { noticeVariables } from './notice/index.js';
export { giveNotice, type Notice } from './notices.js';
export { Policy } from './policy.js';
export { reportRenderer } from './render-reports.js';
