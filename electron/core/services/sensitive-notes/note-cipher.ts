import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * AES-256-GCM for one note: iv (12) | tag (16) | ciphertext. The note's id and participant
 * are the associated data, so a ciphertext copied onto another row does not decrypt.
 */
const ivLength = 12;
const tagLength = 16;

export class SensitiveKeyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SensitiveKeyError';
  }
}

const associatedData = (noteId: string, participantId: string): Buffer => Buffer.from(`${noteId}\u0000${participantId}`, 'utf8');

export function encryptNote(key: Buffer, noteId: string, participantId: string, text: string): Buffer {
  const iv = randomBytes(ivLength);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(associatedData(noteId, participantId));
  const body = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]);
}

export function decryptNote(key: Buffer, noteId: string, participantId: string, sealed: Buffer): string {
  const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, ivLength));
  decipher.setAAD(associatedData(noteId, participantId));
  decipher.setAuthTag(sealed.subarray(ivLength, ivLength + tagLength));
  try {
    return Buffer.concat([decipher.update(sealed.subarray(ivLength + tagLength)), decipher.final()]).toString('utf8');
  } catch {
    throw new SensitiveKeyError('The note cannot be decrypted with this key');
  }
}
