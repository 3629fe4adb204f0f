// Queries with an `in` list as long as the data makes it: SQLite (through the driver
// adapter) and PostgreSQL cap the number of bound parameters in one statement, so a
// list that grows with the dataset is sent in slices and the rows put back together.

/** Slices of the database's parameter budget; well under SQLite's and PostgreSQL's limits. */
export const IN_LIST_CHUNK = 500;

/** Runs `find` over `keys` in slices of at most `size` and concatenates the rows, in slice order. */
export async function findInChunks<T>(
  keys: readonly string[],
  find: (slice: string[]) => Promise<T[]>,
  size = IN_LIST_CHUNK,
): Promise<T[]> {
  const unique = [...new Set(keys)];
  if (unique.length <= size) return find(unique);
  const slices: string[][] = [];
  for (let i = 0; i < unique.length; i += size) slices.push(unique.slice(i, i + size));
  const rows: T[] = [];
  // One slice at a time: the point is to bound each statement, not to open many at once.
  for (const slice of slices) rows.push(...(await find(slice)));
  return rows;
}
