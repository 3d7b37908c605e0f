/** A page of a paged API list. */
export interface Page<T> {
  items?: T[] | null;
  totalCount: number | string;
}

/** The API's largest page. */
export const PAGE_MAX = 100;

/**
 * Every item of a paged list, fetched a page of {@link PAGE_MAX} at a time, for pickers that must offer all of them (a school's
 * 150 teachers, the platform's course programmes) rather than the first page. Stops at `limit` items.
 */
export async function allPages<T>(page: (skipCount: number, maxResultCount: number) => Promise<Page<T>>, limit = 2000): Promise<T[]> {
  const all: T[] = [];
  while (all.length < limit) {
    const r = await page(all.length, PAGE_MAX);
    const items = r.items ?? [];
    all.push(...items);
    if (!items.length || all.length >= Number(r.totalCount)) break;
  }
  return all;
}
