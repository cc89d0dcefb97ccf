import { z } from 'zod';
import { centreProfileSchema, documentKindSchema, documentLanguageSchema, documentTextsSchema } from '../../../../shared/domain/certificates';

/**
 * Exactly what one issued document was printed from, stored in the register: the template
 * and stylesheet as they were, the centre's wording and details, and the participant's data
 * as plain text. Printing from it again gives the same document, whatever changed since.
 */
export const documentSnapshotSchema = z.object({
  version: z.literal(1),
  kind: documentKindSchema,
  language: documentLanguageSchema,
  template: z.string(),
  css: z.string(),
  texts: documentTextsSchema,
  centre: centreProfileSchema,
  /** Plain-text values by placeholder name (name, course, period, hours, …). */
  values: z.record(z.string(), z.string()),
  /** Lists (themes, goals, work tasks) as their items. */
  lists: z.record(z.string(), z.array(z.string())),
  /** Tables of label and value (levels, Norskprøven results). */
  rows: z.record(z.string(), z.array(z.tuple([z.string(), z.string()]))),
  /** Added by the credentials step when it ran: the QR image for checking the document. */
  verification: z.object({ qrImageDataUrl: z.string().regex(/^data:image\/png;base64,[A-Za-z0-9+/]+=*$/u) }).nullable(),
});
export type DocumentSnapshot = z.infer<typeof documentSnapshotSchema>;
