/**
 * The contract methods whose answer is a document to print, and the IPC channel that turns
 * one into a PDF. Kept free of zod like method-names.ts, because the sandboxed preload
 * imports it.
 */
export const printMethods = ['print.weekPlan', 'print.assistantPlan', 'print.substitutePacket', 'print.trainingPlan', 'print.buddyTask', 'print.material', 'print.classMatrix', 'print.selfAssessment', 'print.wordList', 'print.flashcards', 'print.documents'] as const;
export type PrintMethod = (typeof printMethods)[number];

export const isPrintMethod = (name: unknown): name is PrintMethod =>
  typeof name === 'string' && (printMethods as readonly string[]).includes(name);

/** Second IPC channel: print a document (main asks core for the HTML, prints, saves). */
export const printChannel = 'sprakbro:print';

/** Browser mode's route for the same thing: answers the PDF itself. */
export const printPath = '/api/print';
