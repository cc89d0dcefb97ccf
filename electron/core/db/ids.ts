import { v7 as uuidv7 } from 'uuid';

/** New row id: UUIDv7, time-ordered, so rows made on different PCs merge without renumbering. */
export const newId = (): string => uuidv7();
export const now = (): string => new Date().toISOString();
