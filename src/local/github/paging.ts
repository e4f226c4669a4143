/**
 * GitHub's list paging for the local GitHub API: `per_page` (default 30, at
 * most 100) and `page` (from 1), and the Link header with rel="next",
 * "last", "first" and "prev" that clients follow.
 */
import type { LocalRequest, LocalResponse } from '../http-server.js'

export interface Page {
  page: number
  perPage: number
  last: number
  from: number
  to: number
}

export function paginate(total: number, query: URLSearchParams): Page {
  const perPage = Math.min(
    100,
    Math.max(1, Number.parseInt(query.get('per_page') ?? '30', 10) || 30)
  )
  const page = Math.max(1, Number.parseInt(query.get('page') ?? '1', 10) || 1)
  const last = Math.max(1, Math.ceil(total / perPage))
  const from = (page - 1) * perPage
  return { page, perPage, last, from, to: from + perPage }
}

/** The Link header GitHub sends with a paged list; other query parameters are kept. */
export function linkHeader(
  url: string,
  page: Page,
  query?: URLSearchParams
): string {
  const at = (n: number, rel: string): string => {
    const params = new URLSearchParams(query)
    params.set('per_page', String(page.perPage))
    params.set('page', String(n))
    return `<${url}?${params.toString()}>; rel="${rel}"`
  }
  return [
    ...(page.page < page.last ? [at(page.page + 1, 'next')] : []),
    at(page.last, 'last'),
    ...(page.page > 1 ? [at(1, 'first'), at(page.page - 1, 'prev')] : [])
  ].join(', ')
}

/** One page of `items` as a 200 answer, with the Link header when there are several. */
export function pagedAnswer<T>(
  items: readonly T[],
  req: LocalRequest,
  origin: string,
  wrap: (page: T[]) => unknown = (page) => page
): LocalResponse {
  const page = paginate(items.length, req.query)
  const url = `${origin}${req.path}`
  return {
    status: 200,
    ...(page.last > 1
      ? { headers: { link: linkHeader(url, page, req.query) } }
      : {}),
    body: wrap(items.slice(page.from, page.to)) as object
  }
}
