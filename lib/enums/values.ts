// Helpers for the enumerations in this folder: their values as a tuple, and a label lookup that
// tolerates values from outside the enumeration.

/** The values of a generated enum object, in the schema's order, as the non-empty tuple zod's z.enum takes. */
export function valuesOf<T extends Record<string, string>>(e: T): readonly [T[keyof T], ...T[keyof T][]] {
  return Object.values(e) as unknown as readonly [T[keyof T], ...T[keyof T][]];
}

/** The label of a value that may come from outside the enumeration (a report, a stored JSON value): the value itself when it has none. */
export function labelOf<K extends string>(labels: Record<K, string>, value: unknown): string {
  return typeof value === "string" && Object.hasOwn(labels, value) ? labels[value as K] : String(value);
}
