import { openJson, sealJson } from '../db/crypto';
import { type AppDB, type Draft, db as defaultDb } from '../db/index';
import { deleteVault, loadVault, saveVault } from '../db/vault-store';
import type { VaultEntry } from '../detect/vault';
import type { MaskChoices } from './mask';
import type { TaskId } from './tasks';

/**
 * Writing-help drafts in IndexedDB. The masked text and the raw reply (placeholders, no originals)
 * are stored as they are; what the user typed and the vault are stored only encrypted (AES-GCM,
 * non-extractable device key, utils/db/crypto.ts and vault-store.ts). A draft survives the popup
 * closing, mid-stream too: the service worker keeps saving it.
 */

/** The originals of a draft: encrypted at rest. */
export interface DraftSecrets {
  text: string;
  jobDescription?: string;
  targetWords?: number;
  choices: MaskChoices;
  vault: VaultEntry[];
}

export interface DraftInput {
  id: string;
  task: string;
  masked: string;
  output: string;
  status: Draft['status'];
  route?: string;
  error?: string;
  secrets: DraftSecrets;
}

/** A draft with its originals decrypted. */
export interface OpenDraft extends Omit<Draft, 'inputCipher' | 'inputIv'> {
  task: TaskId;
  /** Null when the encrypted part is gone (retention) or cannot be decrypted. */
  secrets: DraftSecrets | null;
}

const aad = (id: string) => `draft:${id}`;
const vaultIdOf = (id: string) => `draft:${id}`;

/**
 * Saves a draft: the originals encrypted, the vault in the encrypted vault store.
 * @example await saveDraft({ id, task: 'polish', masked, output: '', status: 'draft', secrets })
 */
export async function saveDraft(input: DraftInput, database: AppDB = defaultDb): Promise<void> {
  const { vault, ...rest } = input.secrets;
  const sealed = await sealJson(rest, aad(input.id), database);
  const vaultId = vaultIdOf(input.id);
  await saveVault(vaultId, vault, database);
  const existing = await database.drafts.get(input.id);
  const now = Date.now();
  await database.drafts.put({
    id: input.id,
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
    task: input.task,
    inputCipher: sealed.cipher,
    inputIv: sealed.iv,
    masked: input.masked,
    output: input.output,
    status: input.status,
    route: input.route,
    error: input.error,
    vaultId,
  });
}

/** Loads a draft and decrypts its originals. */
export async function loadDraft(id: string, database: AppDB = defaultDb): Promise<OpenDraft | undefined> {
  const draft = await database.drafts.get(id);
  if (!draft) return undefined;
  const { inputCipher, inputIv, ...rest } = draft;
  let secrets: DraftSecrets | null = null;
  try {
    if (inputCipher && inputIv) {
      const plain = (await openJson({ cipher: inputCipher, iv: inputIv }, aad(id), database)) as Omit<
        DraftSecrets,
        'vault'
      >;
      const vault = draft.vaultId ? ((await loadVault(draft.vaultId, database)) ?? []) : [];
      secrets = { ...plain, vault };
    }
  } catch {
    secrets = null;
  }
  return { ...rest, task: rest.task as TaskId, secrets };
}

/** The history, newest first, without decrypting anything. */
export async function listDrafts(
  database: AppDB = defaultDb,
): Promise<Omit<Draft, 'inputCipher' | 'inputIv'>[]> {
  const all = await database.drafts.orderBy('updatedAt').reverse().toArray();
  return all.map(({ inputCipher: _c, inputIv: _i, ...rest }) => rest);
}

/** Deletes a draft and its vault. */
export async function deleteDraft(id: string, database: AppDB = defaultDb): Promise<void> {
  const draft = await database.drafts.get(id);
  await database.drafts.delete(id);
  await deleteVault(draft?.vaultId ?? vaultIdOf(id), database);
}

/** Marks a draft whose run was lost (the service worker restarted mid-stream); its partial reply stays. */
export async function markInterrupted(id: string, database: AppDB = defaultDb): Promise<void> {
  await database.drafts
    .where('id')
    .equals(id)
    .modify((d) => {
      if (d.status !== 'streaming') return;
      d.status = 'error';
      d.error = 'The request was interrupted (the extension restarted). The part received is kept.';
      d.updatedAt = Date.now();
    });
}

/** A new draft id. */
export function newDraftId(): string {
  return `d-${Date.now().toString(36)}-${crypto.getRandomValues(new Uint32Array(1))[0]!.toString(36)}`;
}

/** A new per-draft alias key (random; see MaskChoices.aliasKey). */
export function newAliasKey(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join(
    '',
  );
}
