import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { OpenedStore, Store } from '../store/openDatabase';
import * as t from '../store/schema';

// Attached documents of an encrypted database are encrypted too (AES-256-GCM), with a random key kept inside the
// encrypted database itself: only the database's key opens them, and a backup carries what its documents need.
// A stored file is the 12-byte IV, the 16-byte tag, then the ciphertext: no readable header.

export interface DocumentCipher {
  seal(bytes: Buffer): Buffer;
  open(sealed: Buffer): Buffer;
}

const SETTING = 'documents.key';
const IV = 12;
const TAG = 16;

function cipherFor(key: Buffer): DocumentCipher {
  return {
    seal(bytes) {
      const iv = randomBytes(IV);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(bytes), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]);
    },
    open(sealed) {
      const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, IV));
      decipher.setAuthTag(sealed.subarray(IV, IV + TAG));
      return Buffer.concat([decipher.update(sealed.subarray(IV + TAG)), decipher.final()]);
    },
  };
}

/** The documents' cipher of an encrypted database (its key made on first use, in the caller's write); none for a plain one. */
export function documentCipher(opened: Pick<OpenedStore, 'encrypted'>, store: Store): DocumentCipher | null {
  if (!opened.encrypted) return null;
  const row = store.select({ value: t.settings.value }).from(t.settings).where(eq(t.settings.key, SETTING)).get();
  if (row) return cipherFor(Buffer.from(row.value, 'base64'));
  const key = randomBytes(32);
  store
    .insert(t.settings)
    .values({ key: SETTING, value: key.toString('base64') })
    .run();
  return cipherFor(key);
}
