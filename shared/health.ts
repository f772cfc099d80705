/** `GET /v1/health`: the version, the engines this deployment can run, the reference data's versions. */
import * as z from 'zod';
import { Engine } from './translation';

export const Health = z.object({
  status: z.literal('ok'),
  version: z.string(),
  engines: z.array(Engine),
  data: z.record(z.string(), z.string()),
});
export type Health = z.infer<typeof Health>;
