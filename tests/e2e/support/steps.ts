import { it } from 'vitest';

/**
 * Steps of one story that build on each other: once a step fails, the later ones are
 * skipped instead of failing with confusing follow-on errors.
 */
export function storySteps() {
  let failed = false;
  return function step(name: string, body: () => Promise<void>): void {
    it(name, async (context) => {
      if (failed) context.skip('an earlier step failed');
      try {
        await body();
      } catch (error) {
        failed = true;
        throw error;
      }
    });
  };
}
