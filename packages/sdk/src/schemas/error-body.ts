import * as v from 'valibot';

/** Body of every error response: `{ "error": { "code", "message", "fields"? } }`. */
export const ErrorBodySchema = v.object({
  error: v.object({
    code: v.string(),
    message: v.string(),
    fields: v.optional(
      v.array(v.object({ path: v.string(), code: v.string(), message: v.string() })),
    ),
  }),
});

/** Body of every error response. */
export type ErrorBody = v.InferOutput<typeof ErrorBodySchema>;
