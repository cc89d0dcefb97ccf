import { randomFillSync } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';

/*
 * Random bytes for ids come from a pool filled 4 KiB at a time: asking the OS for 16 bytes
 * per id costs as much as the rest of making the id, which shows when a million rows are
 * written at once (imports, the benchmark generator). Passing our own bytes to uuid turns
 * off its monotonic counter, so the counter is kept here the same way (RFC 9562, method 1):
 * ids made in the same millisecond still sort in the order they were made.
 */
const poolSize = 4096;
const pool = new Uint8Array(poolSize);
let poolOffset = poolSize;
let lastMsecs = -Infinity;
let sequence = 0;

function pooledRandom16(): Uint8Array {
  if (poolOffset + 16 > poolSize) {
    randomFillSync(pool);
    poolOffset = 0;
  }
  const bytes = pool.slice(poolOffset, poolOffset + 16);
  poolOffset += 16;
  return bytes;
}

/** New row id: UUIDv7, time-ordered, so rows made on different PCs merge without renumbering. */
export function newId(): string {
  const random = pooledRandom16();
  const msecs = Date.now();
  if (msecs > lastMsecs) {
    // A random 31-bit start, as uuid does, so two PCs starting in the same millisecond differ.
    sequence = (((random[6] ?? 0) & 0x7f) << 24) | ((random[7] ?? 0) << 16) | ((random[8] ?? 0) << 8) | (random[9] ?? 0);
    lastMsecs = msecs;
  } else {
    sequence = (sequence + 1) | 0;
    if (sequence === 0) lastMsecs += 1;
  }
  return uuidv7({ msecs: lastMsecs, seq: sequence, random });
}

export const now = (): string => new Date().toISOString();
