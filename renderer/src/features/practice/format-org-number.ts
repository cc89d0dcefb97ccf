/** Shows a stored organisation number the way the register prints it: «123 456 785». */
export const formatOrgNumber = (digits: string | null): string =>
  digits && /^\d{9}$/u.test(digits) ? `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}` : (digits ?? '');
