import { z } from 'zod';
import { idSchema } from './common';
import { staffRoleSchema } from './staff';

/**
 * Local profiles: each staff member can be a profile on this PC, with an optional PIN.
 *
 * The rule for a database where nobody has set up sign-in (see electron/core/services/profiles/session.ts):
 * - **open**: no profile chosen and nobody has a PIN. The app acts as the centre's teacher,
 *   exactly as before profiles existed. Choosing a profile is offered, never forced.
 * - **signedIn**: a profile is chosen; calls run with its role (and, for assistants, only
 *   their own classes). A profile without a PIN is remembered across restarts.
 * - **signedOut**: someone has a PIN (sign-in is set up) and nobody is signed in, or the
 *   user signed out. The start screen asks «Hvem er du?»; calls answer `signed_out`.
 * - **locked** (signed in, PIN set): the PC was left idle or locked by hand; calls answer
 *   `locked` until the profile's PIN is entered again. Nothing is lost: the session stays.
 */
export const profileModes = ['open', 'signedIn', 'signedOut'] as const;
export type ProfileMode = (typeof profileModes)[number];

/** A PIN is 4 to 8 digits: easy to type on any keyboard, never stored (only its scrypt hash). */
export const pinSchema = z.string().regex(/^\d{4,8}$/, { message: 'invalidValue' });

export const profileSchema = z.object({
  staffId: z.string(),
  name: z.string(),
  role: staffRoleSchema,
  hasPin: z.boolean(),
});
export type Profile = z.infer<typeof profileSchema>;

export const profileListItemSchema = profileSchema.extend({
  /** The profile signed in last on this PC (offered first on the start screen). */
  lastUsed: z.boolean(),
});
export type ProfileListItem = z.infer<typeof profileListItemSchema>;

export const profileCurrentSchema = z.object({
  mode: z.enum(profileModes),
  /** Only when signed in with a PIN: the screen shows the lock and asks for the PIN. */
  locked: z.boolean(),
  /** The signed-in staff member; null in the open and signed-out modes. */
  profile: profileSchema.nullable(),
  /** True once any profile has a PIN: the app then starts at «Hvem er du?». */
  signInSetUp: z.boolean(),
});
export type ProfileCurrent = z.infer<typeof profileCurrentSchema>;

export const profileSignInSchema = z.object({ staffId: idSchema, pin: pinSchema.optional() }).strict();
export const profileUnlockSchema = z.object({ pin: pinSchema }).strict();
/** Changing an existing PIN needs the current one, so a colleague at an open PC cannot change it. */
export const profileSetPinSchema = z.object({ pin: pinSchema, currentPin: pinSchema.optional() }).strict();
/**
 * Without `staffId`: the signed-in profile's own PIN (needs `currentPin`). With another
 * staff member's id: an admin removing a forgotten PIN (no PIN of theirs needed).
 */
export const profileClearPinSchema = z.object({ staffId: idSchema.optional(), currentPin: pinSchema.optional() }).strict();

/** Idle minutes before the PC locks itself; 0 is off (the default). */
export const idleLockChoices = [0, 5, 10, 15, 30] as const;
export const idleLockMinutesSchema = z.union(idleLockChoices.map((value) => z.literal(value)) as [
  z.ZodLiteral<0>, z.ZodLiteral<5>, z.ZodLiteral<10>, z.ZodLiteral<15>, z.ZodLiteral<30>,
]);
export type IdleLockMinutes = z.infer<typeof idleLockMinutesSchema>;

/** What may still be called while nobody is signed in: enough to show the start screen. */
export const signedOutMethods = ['app.info', 'settings.get', 'profiles.list', 'profiles.current', 'profiles.signIn'] as const;
/** What may still be called while the PC is locked: enough to show the lock screen. */
export const lockedMethods = ['app.info', 'settings.get', 'profiles.current', 'profiles.unlock', 'profiles.signOut', 'profiles.lock'] as const;
