import { describe, expect, it } from 'vitest';
import { goalCatalogueJsonSchema } from '../../../../shared/domain/goals';

/**
 * The committed JSON Schema of the catalogue is generated from the zod schema in
 * shared/domain/goals.ts. After changing that schema, regenerate the file and review it:
 *
 *   npx vitest run --config tests/vitest.config.ts tests/unit/core/goals/catalogue-schema.test.ts --update
 */
describe('goal catalogue JSON Schema', () => {
  it('is the one generated from the zod schema', async () => {
    const generated = `${JSON.stringify(goalCatalogueJsonSchema(), null, 2)}\n`;
    await expect(generated).toMatchFileSnapshot('../../../../resources/curriculum/goals-catalogue.schema.json');
  });

  it('describes every field of a goal and refuses unknown ones', () => {
    const schema = goalCatalogueJsonSchema() as {
      required: string[];
      properties: { goals: { items: { required: string[]; additionalProperties: boolean; properties: Record<string, unknown> } } };
    };
    expect(schema.required).toEqual(['catalogueVersion', 'goals']);
    const item = schema.properties.goals.items;
    expect(item.required).toEqual(['id', 'level', 'skill', 'domain', 'nb', 'en', 'status']);
    expect(Object.keys(item.properties)).toContain('trade');
    expect(item.additionalProperties).toBe(false);
  });
});
