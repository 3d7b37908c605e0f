import { PAGE_MAX, allPages } from './all-pages';

/** A paged list of `total` numbers, recording the pages asked for. */
function list(total: number) {
  const asked: [number, number][] = [];
  const page = async (skip: number, max: number) => {
    asked.push([skip, max]);
    return { items: Array.from({ length: Math.max(0, Math.min(max, total - skip)) }, (_, i) => skip + i), totalCount: String(total) };
  };
  return { asked, page };
}

describe('allPages', () => {
  it('fetches every page of a list longer than one page (a school of 150 teachers)', async () => {
    const { asked, page } = list(250);
    const all = await allPages(page);
    expect(all.length).toBe(250);
    expect(all[249]).toBe(249);
    expect(asked).toEqual([[0, PAGE_MAX], [100, PAGE_MAX], [200, PAGE_MAX]]);
  });

  it('asks once for a short or empty list', async () => {
    const short = list(3);
    expect(await allPages(short.page)).toEqual([0, 1, 2]);
    expect(short.asked.length).toBe(1);
    const empty = list(0);
    expect(await allPages(empty.page)).toEqual([]);
    expect(empty.asked.length).toBe(1);
  });

  it('stops at the limit', async () => {
    const { asked, page } = list(10_000);
    expect((await allPages(page, 300)).length).toBe(300);
    expect(asked.length).toBe(3);
  });
});
