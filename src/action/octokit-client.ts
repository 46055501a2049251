/**
 * The one GitHub client of a run: @actions/github's Octokit with retry (server errors) and throttling
 * (primary and secondary rate limits), and a count of every HTTP request it sends, retries included.
 */
import * as core from '@actions/core'
import * as github from '@actions/github'
import { defaults } from '@actions/github/lib/utils'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'

export type Octokit = ReturnType<typeof github.getOctokit>

export interface Client {
  octokit: Octokit
  /** HTTP requests sent so far (REST and GraphQL, retries included). */
  requests(): number
}

type Fetch = typeof fetch

export function createClient(token: string): Client {
  let count = 0
  const inner = (defaults.request?.fetch ?? fetch) as Fetch
  const counting: Fetch = (input, init) => {
    count++
    return inner(input, init)
  }
  const octokit = github.getOctokit(
    token,
    {
      request: { ...defaults.request, fetch: counting },
      throttle: {
        onRateLimit: (
          retryAfter: number,
          options: { method: string; url: string },
          _o: unknown,
          retryCount: number
        ) => {
          core.info(`Rate limit hit on ${options.method} ${options.url}; retrying in ${retryAfter}s.`)
          return retryCount < 2
        },
        onSecondaryRateLimit: (
          retryAfter: number,
          options: { method: string; url: string },
          _o: unknown,
          retryCount: number
        ) => {
          // Retry once, when GitHub asks for a short wait; a second hit ends the request with its error.
          core.info(`Secondary rate limit on ${options.method} ${options.url}; retry-after ${retryAfter}s.`)
          return retryCount < 1 && retryAfter <= 120
        }
      },
      retry: { doNotRetry: [400, 401, 403, 404, 406, 410, 422, 429, 451] }
    },
    retry,
    throttling
  )
  return { octokit, requests: () => count }
}
