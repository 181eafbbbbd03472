import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { citySchema, contactSchema, synonymsSchema, topicSchema } from './lib/build/schemas';

/**
 * Content collections. The schemas live in `src/lib/build/schemas.ts` (plain zod, unit-tested);
 * Astro validates every file against them and fails the build naming the file and field.
 */
export const collections = {
  topics: defineCollection({
    loader: glob({ pattern: '*/*.md', base: './src/content/topics' }),
    schema: topicSchema,
  }),
  contacts: defineCollection({
    loader: glob({ pattern: '*.yaml', base: './src/content/contacts' }),
    schema: contactSchema,
  }),
  cities: defineCollection({
    loader: glob({ pattern: '*.yaml', base: './src/content/cities' }),
    schema: citySchema,
  }),
  synonyms: defineCollection({
    loader: glob({ pattern: '*.yaml', base: './src/content/synonyms' }),
    schema: synonymsSchema,
  }),
};
