// Forward-only cursor pages with a "Anterior" link: the URL keeps the `after` cursors of the pages already seen.

export interface PageLinks {
  number: number;
  previous: string | null;
  next: string | null;
}

/** Reads `after` and `prev` (comma-separated earlier cursors; "" is the first page) from the URL. */
export function readCursor(url: URL): { after: string | null; trail: string[] } {
  const after = url.searchParams.get("after") || null;
  const prev = url.searchParams.get("prev");
  return { after, trail: prev === null ? [] : prev.split(",") };
}

export function pageLinks(url: URL, endCursor: string | null | undefined, hasNextPage: boolean): PageLinks {
  const { after, trail } = readCursor(url);
  const link = (cursor: string | null, prev: string[] | null) => {
    const params = new URLSearchParams(url.searchParams);
    if (cursor) params.set("after", cursor);
    else params.delete("after");
    if (prev && prev.length) params.set("prev", prev.join(","));
    else params.delete("prev");
    const query = params.toString();
    return query ? `?${query}` : url.pathname;
  };
  return {
    number: after ? trail.length + 1 : 1,
    previous: after ? link(trail.at(-1) || null, trail.slice(0, -1)) : null,
    next: hasNextPage && endCursor ? link(endCursor, [...trail, after ?? ""]) : null,
  };
}
