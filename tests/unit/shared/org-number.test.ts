import { describe, expect, it } from 'vitest';
import { isValidOrgNumber, orgNumberSchema, practiceSiteCreateSchema } from '../../../shared/domain/practice';

/**
 * Check digits worked out by hand with the weights 3 2 7 6 5 4 3 2 (fictional numbers):
 * 12345678 → sum 138, 138 mod 11 = 6, 11 − 6 = 5 → 123456785
 * 98765432 → sum 182, 182 mod 11 = 6, 11 − 6 = 5 → 987654325
 * 99000011 → sum 50, 50 mod 11 = 6, 11 − 6 = 5 → 990000115
 * 99887766 → sum 242, 242 mod 11 = 0 → check digit 0 → 998877660
 * 99000014 → sum 56, 56 mod 11 = 1, 11 − 1 = 10 → no valid number starts with these 8 digits
 */
const weights = [3, 2, 7, 6, 5, 4, 3, 2];
const weightedSum = (eight: string) => [...eight].reduce((sum, digit, index) => sum + Number(digit) * (weights[index] ?? 0), 0);

describe('organisation number', () => {
  it('accepts numbers whose check digit matches, with or without spaces', () => {
    expect(weightedSum('12345678') % 11).toBe(6);
    expect(isValidOrgNumber('123456785')).toBe(true);
    expect(isValidOrgNumber('123 456 785')).toBe(true);
    expect(isValidOrgNumber(' 987 654 325 ')).toBe(true);
    expect(isValidOrgNumber('990000115')).toBe(true);
  });

  it('gives check digit 0 when the sum divides by 11', () => {
    expect(weightedSum('99887766') % 11).toBe(0);
    expect(isValidOrgNumber('998877660')).toBe(true);
    expect(isValidOrgNumber('998877661')).toBe(false);
  });

  it('refuses a wrong check digit', () => {
    expect(isValidOrgNumber('123456784')).toBe(false);
    expect(isValidOrgNumber('123456786')).toBe(false);
    expect(isValidOrgNumber('987654320')).toBe(false);
  });

  it('refuses every number whose check digit would be 10 (remainder 1)', () => {
    expect(weightedSum('99000014') % 11).toBe(1);
    for (let last = 0; last <= 9; last += 1) expect(isValidOrgNumber(`99000014${last}`)).toBe(false);
  });

  it('refuses letters, other lengths and other separators', () => {
    for (const bad of ['', '12345678', '1234567850', '12345678A', 'abcdefghi', '123-456-785', '123.456.785', '１２３４５６７８５']) {
      expect(isValidOrgNumber(bad), bad).toBe(false);
    }
  });

  it('strips spaces in the schema, reads empty as none and reports invalidOrgNumber', () => {
    expect(orgNumberSchema.parse('123 456 785')).toBe('123456785');
    expect(orgNumberSchema.parse('  ')).toBeNull();
    expect(orgNumberSchema.parse(null)).toBeNull();
    const result = practiceSiteCreateSchema.safeParse({ name: 'Kafé Nordlys', orgNumber: '123 456 784' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ['orgNumber'], message: 'invalidOrgNumber' });
  });
});
