import Dexie, { type EntityTable, type Transaction } from 'dexie';

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
  /** Last save (added in version 2; retention counts from it). */
  updatedAt: number;
  iv: Uint8Array;
  cipher: ArrayBuffer;
}

/** Non-extractable keys (CryptoKey objects are structured-cloneable into IndexedDB). */
export interface KeyRecord {
  id: string;
  key: CryptoKey;
}

/** One schema version: its stores and, where data must change, an upgrade. */
export interface SchemaVersion {
  version: number;
  stores: Record<string, string>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

/**
 * Every schema version, oldest first. Never edit a released version: add one. Each upgrade is tested
 * from every earlier version with fixture data (utils/db/__tests__/migrations.test.ts).
 */
export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      audit: '++id, at, kind, site',
      drafts: 'id, updatedAt',
      vault: 'id, createdAt',
      keys: 'id',
    },
  },
  {
    // Filters for the audit view (kind over time, candidate alias); retention by last save.
    version: 2,
    stores: {
      audit: '++id, at, kind, site, alias, [kind+at]',
      drafts: 'id, updatedAt, createdAt',
      vault: 'id, createdAt, updatedAt',
      keys: 'id',
    },
    async upgrade(tx) {
      const now = Date.now();
      await tx
        .table('vault')
        .toCollection()
        .modify((record: Partial<VaultRecord>) => {
          if (typeof record.createdAt !== 'number') record.createdAt = now;
          if (typeof record.updatedAt !== 'number') record.updatedAt = record.createdAt;
        });
      await tx
        .table('drafts')
        .toCollection()
        .modify((draft: Partial<Draft>) => {
          if (typeof draft.createdAt !== 'number') draft.createdAt = draft.updatedAt ?? now;
          if (typeof draft.updatedAt !== 'number') draft.updatedAt = draft.createdAt;
        });
    },
  },
];

/** The newest schema version. */
export const DB_VERSION = SCHEMA_VERSIONS.at(-1)!.version;

/** Declares the versions up to `upTo` on a Dexie instance (tests open older versions this way). */
export function declareVersions(dexie: Dexie, upTo = DB_VERSION): void {
  for (const v of SCHEMA_VERSIONS) {
    if (v.version > upTo) break;
    const version = dexie.version(v.version).stores(v.stores);
    if (v.upgrade) version.upgrade(v.upgrade);
  }
}

/** The one BlindHire database. Every schema change adds a version; migrations are tested. */
export class AppDB extends Dexie {
  audit!: EntityTable<AuditEntry, 'id'>;
  drafts!: EntityTable<Draft, 'id'>;
  vault!: EntityTable<VaultRecord, 'id'>;
  keys!: EntityTable<KeyRecord, 'id'>;

  constructor(name = 'blindhire') {
    super(name);
    declareVersions(this);
  }
}

/** The shared database instance for extension contexts. */
export const db = new AppDB();
