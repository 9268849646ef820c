/**
 * @module What the store keeps of the leak registry: confidential documents, their one distribution, and the copy
 * each recipient was issued. Texts and plans are kept apart from these records, behind methods named for them.
 */

/** How confidential a registered document is, least first. */
export const leakClassifications = ['internal', 'confidential', 'secret'] as const;
export type LeakClassification = (typeof leakClassifications)[number];

/** A registered confidential document, without its text. */
export interface LeakDocument {
  /** `D-` and eight upper-case hex digits, like a case's `C-…`. */
  id: string;
  title: string;
  language: 'en' | 'zh';
  classification: LeakClassification;
  /** The person (id) who owns the document, when given. */
  owner?: string;
  /** The original file: its name, media type, SHA-256 (hex) and size in bytes. */
  fileName: string;
  mediaType: string;
  sha256: string;
  size: number;
  /** Length of the extracted text, in characters. */
  characters: number;
  registeredAt: number;
  registeredBy: string;
}

/** Who received a copy of a document, and when; nothing of what the copies say. */
export interface LeakDistribution {
  docId: string;
  /** Recipient ids in the plan's order. */
  recipients: string[];
  invisibleMarks: boolean;
  distributedAt: number;
  distributedBy: string;
}

/** One recipient's copy as issued: which alternative of each site it uses, its invisible marks, and its text. */
export interface LeakVariant {
  recipient: string;
  codeword: number[];
  marks?: number[];
  text: string;
}
