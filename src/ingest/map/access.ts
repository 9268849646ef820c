/** @module Reading one named value out of a record: a CSV column, a JSONL key path, or a template of several. */

export type RecordValues = readonly string[] | Record<string, unknown>;
export type Accessor = (values: RecordValues) => unknown;

/** A `from` that names a column the file does not have. */
export class MissingColumnError extends Error {
  constructor(readonly column: string) {
    super(`no column "${column}"`);
  }
}

/**
 * Compiles a `from`: with `columns` (CSV) it is a column name; without (JSONL) a key path where `.` descends
 * into objects and `[]` maps over a list: `attachments[].name` is the list of the attachments' names.
 */
export function compileAccessor(from: string, columns?: readonly string[]): Accessor {
  if (columns) {
    const index = columns.indexOf(from);
    if (index < 0) throw new MissingColumnError(from);
    return (values) => (values as readonly string[])[index];
  }
  return (values) => readPath(values as Record<string, unknown>, from);
}

/** Compiles `"{日期} {时间}"`: each `{name}` is a `from`; the result is empty when every part is. */
export function compileTemplate(template: string, columns?: readonly string[]): Accessor {
  const pieces = template.split(/\{([^{}]+)\}/);
  const parts = pieces.map((piece, i) => (i % 2 ? compileAccessor(piece, columns) : piece));
  return (values) => {
    let text = '';
    let filled = false;
    for (const part of parts) {
      if (typeof part === 'string') {
        text += part;
        continue;
      }
      const value = part(values);
      if (value === undefined || value === null || value === '') continue;
      filled = true;
      text += String(value);
    }
    return filled ? text.trim() : undefined;
  };
}

/** Reads a key path; a key that itself contains dots (`"email.to"`) is tried whole before it is split. */
function readPath(object: unknown, path: string): unknown {
  if (object === null || typeof object !== 'object') return undefined;
  const record = object as Record<string, unknown>;
  if (path in record) return record[path];
  const list = path.indexOf('[]');
  const dot = path.indexOf('.');
  if (list >= 0 && (dot < 0 || list < dot)) {
    const items = record[path.slice(0, list)];
    const rest = path.slice(list + 2).replace(/^\./, '');
    if (!Array.isArray(items)) return undefined;
    return rest ? items.map((item) => readPath(item, rest)) : items;
  }
  if (dot < 0) return undefined;
  return readPath(record[path.slice(0, dot)], path.slice(dot + 1));
}
