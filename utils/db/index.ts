import Dexie, { type EntityTable } from 'dexie';

/** An audit record. Never holds a raw identifier: aliases, types, counts and hashes only. */
export interface AuditEntry {
  id?: number;
  /** Epoch milliseconds. */
  at: number;
  kind: 'reveal' | 'rehide' | 'cloud-request' | 'blind-toggle' | 'policy-change' | 'data-deleted';
  site?: string;
  /** Candidate alias such as "Candidate K7QF". */
  alias?: string;
  /** Entity types involved (revealed types, or types masked in a request). */
  types?: string[];
  reason?: string;
  route?: string;
  model?: string;
  /** SHA-256 (hex) of the exact text sent, for cloud requests. */
  textHash?: string;
  /** Counts by entity type. */
  counts?: Record<string, number>;
  /** Masked text that was sent (for "what was sent"): it holds placeholders, never raw values. */
  sentText?: string;
  detail?: string;
}

/** A writing-help draft: input and outputs are kept as masked text plus an encrypted vault id. */
export interface Draft {
  id: string;
  createdAt: number;
  updatedAt: number;
  task: string;
  /** Encrypted original input (AES-GCM); raw text is never stored in clear. */
  inputCipher?: ArrayBuffer;
  inputIv?: Uint8Array;
  masked: string;
  /** Reply as received (placeholders, not restored). */
  output: string;
  status: 'draft' | 'streaming' | 'done' | 'error' | 'cancelled';
  route?: string;
  error?: string;
  vaultId?: string;
}

/** A vault: placeholder → original map, encrypted at rest. */
export interface VaultRecord {
  id: string;
  createdAt: number;
  iv: Uint8Array;
  cipher: ArrayBuffer;
}

/** Non-extractable keys (CryptoKey objects are structured-cloneable into IndexedDB). */
export interface KeyRecord {
  id: string;
  key: CryptoKey;
}

/** The one BlindHire database. Every schema change adds a version; migrations are tested. */
export class AppDB extends Dexie {
  audit!: EntityTable<AuditEntry, 'id'>;
  drafts!: EntityTable<Draft, 'id'>;
  vault!: EntityTable<VaultRecord, 'id'>;
  keys!: EntityTable<KeyRecord, 'id'>;

  constructor(name = 'blindhire') {
    super(name);
    this.version(1).stores({
      audit: '++id, at, kind, site',
      drafts: 'id, updatedAt',
      vault: 'id, createdAt',
      keys: 'id',
    });
  }
}

/** The shared database instance for extension contexts. */
export const db = new AppDB();
