import { zValidator } from '@hono/zod-validator';
import type { ValidationTargets } from 'hono';
import type * as z from 'zod';
import { fromZodError } from './problem';

/** zValidator that answers with problem+json naming the invalid fields. */
export function validate<T extends z.ZodType, Target extends keyof ValidationTargets>(target: Target, schema: T) {
  return zValidator(target, schema, (result) => {
    if (!result.success) throw fromZodError(result.error as unknown as z.ZodError);
  });
}
