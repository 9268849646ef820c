/** @module The rows of the registers (suppliers, companies, owners, family contacts, documents) that incidents add to. */
import type { LeakDocumentRow } from './leak-documents.js';

export interface CompanyRow {
  registration: string;
  name: string;
  en: string;
  address: string;
  phone: string;
  /** The domain of the company's mail addresses, when known. */
  domain?: string;
  /** Suppliers carry their approval: status and the department that approved them. */
  supplier?: { status: 'approved' | 'pending' | 'suspended'; approvedBy: string; category: string };
}

/** A person outside the company: a shareholder, director, contact or relative. */
export interface OutsiderRow {
  id: string;
  name: string;
  pinyin: string;
  phone: string;
}

export interface HoldingRow {
  company: string;
  /** `person:EXT-…` or `company:<registration>`. */
  holder: string;
  role: 'shareholder' | 'director' | 'contact';
  share?: number;
}

export interface FamilyRow {
  employee: string;
  relative: string;
  kinship: 'spouse' | 'parent' | 'child' | 'sibling' | 'sibling_in_law' | 'cousin';
}

export interface InterestRow {
  employee: string;
  company: string;
  relation: string;
  declared: string;
}

export interface DocumentRow {
  id: string;
  title: string;
  classification: 'internal' | 'confidential' | 'secret';
  owner: string;
  sha256: string;
  file: string;
  recipients: string[];
}

/** A numbered copy of a document (canary trap): its recipient and the wording only it has. */
export interface CopyRow {
  id: string;
  of: string;
  title: string;
  recipient: string;
  marker: string;
  sha256: string;
}

export interface Registry {
  companies: CompanyRow[];
  outsiders: OutsiderRow[];
  holdings: HoldingRow[];
  family: FamilyRow[];
  interests: InterestRow[];
  documents: DocumentRow[];
  copies: CopyRow[];
  /** Documents for molehunt's own leak registry, with the plan of their canary copies. */
  leakDocuments: LeakDocumentRow[];
}

export function emptyRegistry(): Registry {
  return {
    companies: [],
    outsiders: [],
    holdings: [],
    family: [],
    interests: [],
    documents: [],
    copies: [],
    leakDocuments: [],
  };
}
