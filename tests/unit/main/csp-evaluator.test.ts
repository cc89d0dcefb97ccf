import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../../shared/security/content-security-policy';

/**
 * Google's CSP evaluator (the copy Electronegativity uses for its CSP check) over the policy
 * both shells send. Electronegativity's own global CSP check cannot see a policy assembled in
 * code, so `npm run check:electron` leaves it out and this test does its work.
 */
interface Finding {
  directive: string;
  description: string;
  severity: number;
  value?: string;
}
interface CspModule {
  CspParser: new (policy: string) => { csp: unknown };
  CspEvaluator: new (csp: unknown, version: number) => { evaluate(): Finding[] };
  Version: { CSP3: number };
  severities: Record<'HIGH' | 'MEDIUM' | 'HIGH_MAYBE' | 'MEDIUM_MAYBE' | 'SYNTAX' | 'INFO' | 'NONE' | 'STRICT_CSP', number>;
}

const scannerRequire = createRequire(createRequire(import.meta.url).resolve('@doyensec/electronegativity/package.json'));
const csp = scannerRequire('@doyensec/csp-evaluator') as CspModule;
const evaluate = (policy: string): Finding[] => new csp.CspEvaluator(new csp.CspParser(policy).csp, csp.Version.CSP3).evaluate();
const serious = (findings: Finding[]) =>
  findings.filter((finding) => [csp.severities.HIGH, csp.severities.MEDIUM, csp.severities.SYNTAX].includes(finding.severity));

describe('content security policy, as the CSP evaluator sees it', () => {
  it('has no high, medium or syntax findings', () => {
    const findings = evaluate(contentSecurityPolicy);
    expect(serious(findings), JSON.stringify(findings, null, 2)).toEqual([]);
  });

  it('would catch a weakened policy (so the check above can fail)', () => {
    expect(serious(evaluate(contentSecurityPolicy.replace("script-src 'self'", "script-src 'self' 'unsafe-inline' https:"))).length).toBeGreaterThan(0);
    expect(serious(evaluate("default-src 'self'; script-src *")).length).toBeGreaterThan(0);
  });
});
