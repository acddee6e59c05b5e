import { z } from 'zod';

const optionalText = z.string().nullish();

const lineSchema = z.looseObject({
  id: z.union([z.string(), z.number()]).nullish(),
  url: optionalText,
  html: optionalText,
  text: optionalText,
  published: optionalText,
  title: optionalText,
  author: optionalText,
});

export interface JsonlRecord {
  readonly id: string | null;
  readonly url: string | null;
  readonly published: string | null;
  readonly title: string | null;
  readonly author: string | null;
  readonly format: 'html' | 'text';
  readonly content: string;
}

export type JsonlLineResult =
  | { readonly ok: true; readonly record: JsonlRecord }
  | { readonly ok: false; readonly reason: string; readonly id: string | null };

/** One JSONL input line `{id?, url?, html?|text?, published?, title?, author?}`. */
export function parseJsonlLine(line: string): JsonlLineResult {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { ok: false, reason: `malformed JSON (${error instanceof Error ? error.message : String(error)})`, id: null };
  }
  const parsed = lineSchema.safeParse(value);
  if (!parsed.success) {
    const id = idOf(value);
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length ? `"${issue.path.join('.')}": ` : '';
    return { ok: false, reason: `unexpected JSON shape (${where}${issue?.message ?? 'not an object'})`, id };
  }
  const data = parsed.data;
  const id = data.id === null || data.id === undefined ? null : String(data.id);
  const format = data.html ? 'html' : data.text ? 'text' : null;
  if (!format) return { ok: false, reason: 'no "html" or "text" field with content', id };
  return {
    ok: true,
    record: {
      id,
      url: data.url || null,
      published: data.published || null,
      title: data.title || null,
      author: data.author || null,
      format,
      content: format === 'html' ? data.html! : data.text!,
    },
  };
}

function idOf(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || !('id' in value)) return null;
  const id = (value as { id: unknown }).id;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : null;
}
