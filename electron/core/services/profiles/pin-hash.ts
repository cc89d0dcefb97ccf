import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';

/**
 * PINs are kept as scrypt hashes with a random salt per PIN (node:crypto, no extra
 * dependency). A PIN has few digits, so the hash alone would not hold against someone
 * with the database file; what protects a profile at the PC is the growing wait after
 * wrong tries (attempts.ts). The cost is stored per row so it can be raised later.
 */
export const pinCost = 2 ** 14;
const keyLength = 32;
const saltLength = 16;

export interface PinHash {
  hash: Buffer;
  salt: Buffer;
  cost: number;
}

export function hashPin(pin: string, cost = pinCost): PinHash {
  const salt = randomBytes(saltLength);
  return { hash: derive(pin, salt, cost), salt, cost };
}

export function pinMatches(pin: string, stored: PinHash): boolean {
  const candidate = derive(pin, stored.salt, stored.cost);
  return candidate.length === stored.hash.length && timingSafeEqual(candidate, stored.hash);
}

function derive(pin: string, salt: Buffer, cost: number): Buffer {
  return scryptSync(pin.normalize('NFKC'), salt, keyLength, { N: cost, r: 8, p: 1, maxmem: 64 * 1024 * 1024 });
}
