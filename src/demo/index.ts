/** @module The demo company: a believable Lumen Mobile with planted, labelled incidents, written as real exports. */
export { type DemoOptions, type DemoSummary, defaultDemo, demoTimeZone, generateDemo } from './generate.js';
export { zhouChenId as referenceSubject } from './incidents/reference-case.js';
export { leakDocumentsFile, registerDemoDocuments } from './leak-documents.js';
