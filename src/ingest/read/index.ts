/** @module Reading input files: encodings, lines, CSV and JSONL records. */
export { detectEncoding } from './encoding.js';
export { openRecordSource } from './open.js';
