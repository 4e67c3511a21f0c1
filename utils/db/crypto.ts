import { type AppDB, db as defaultDb } from './index';

/** Id of the AES-GCM key that encrypts vaults and draft inputs. */
export const DATA_KEY_ID = 'data-aes-gcm-v1';

/** In-flight look-ups, so that concurrent first uses in one context make one key. */
const keyPromises = new WeakMap<AppDB, Promise<CryptoKey>>();

/**
 * The device's data key: AES-GCM 256, created once, non-extractable (its bytes can never be read by
 * script, only used), kept in the keys table as a CryptoKey object. Read from the table on each use
 * (cheap), so every context sees a key deleted or replaced by another.
 */
export function getDataKey(database: AppDB = defaultDb): Promise<CryptoKey> {
  let pending = keyPromises.get(database);
  if (!pending) {
    pending = (async () => {
      const existing = await database.keys.get(DATA_KEY_ID);
      if (existing) return existing.key;
      // WebCrypto calls cannot run inside an IndexedDB transaction: make the key first, then store it
      // unless another context stored one meanwhile (its key wins, so every context agrees).
      const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
        'encrypt',
        'decrypt',
      ]);
      return database.transaction('rw', database.keys, async () => {
        const raced = await database.keys.get(DATA_KEY_ID);
        if (raced) return raced.key;
        await database.keys.add({ id: DATA_KEY_ID, key });
        return key;
      });
    })().finally(() => {
      // Not cached beyond this call: another context may delete the key ("delete all my data").
      keyPromises.delete(database);
    });
    keyPromises.set(database, pending);
  }
  return pending;
}

/** Encrypted bytes with their 96-bit IV. `aad` binds the cipher to its record (its id). */
export interface Sealed {
  iv: Uint8Array;
  cipher: ArrayBuffer;
}

/** Encrypts a JSON-serialisable value. */
export async function sealJson(value: unknown, aad: string, database: AppDB = defaultDb): Promise<Sealed> {
  const key = await getDataKey(database);
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const plain = new TextEncoder().encode(JSON.stringify(value));
  const cipher = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: new TextEncoder().encode(aad) },
    key,
    plain,
  );
  return { iv, cipher };
}

/** Decrypts what sealJson produced; throws if the data, the IV or the record id was tampered with. */
export async function openJson(sealed: Sealed, aad: string, database: AppDB = defaultDb): Promise<unknown> {
  const key = await getDataKey(database);
  const plain = await crypto.subtle.decrypt(
    {
      name: 'AES-GCM',
      iv: sealed.iv as Uint8Array<ArrayBuffer>,
      additionalData: new TextEncoder().encode(aad),
    },
    key,
    sealed.cipher,
  );
  return JSON.parse(new TextDecoder().decode(plain));
}
