/**
 * GitHub as a local HTTP server, for running the bundled action end to end without a network.
 * - Every REST request is matched against GitHub's published OpenAPI description (@octokit/openapi): the
 *   method and path must be an operation, query parameters must be declared, and a JSON body must validate
 *   against the operation's request schema (ajv). Every answer is built from the description's own example
 *   for the operation and is validated against its response schema, so the fake answers like GitHub does.
 * - Every GraphQL request is validated and executed against GitHub's schema (@octokit/graphql-schema).
 * - State (branches, pull requests, comments, reviews, commits) is kept, every request is recorded, and
 *   failures can be injected (a 422 on a review, a 403 secondary rate limit, a 403 for a read-only token).
 * Anything the spec does not allow is a "violation": tests assert there are none.
 */
import { execFileSync } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import type { AddressInfo } from 'node:net'
import { Ajv, type ValidateFunction } from 'ajv'
import { schema as githubGraphql } from '@octokit/graphql-schema'
import {
  buildClientSchema,
  graphql,
  Kind,
  parse,
  validate,
  type GraphQLSchema,
  type IntrospectionQuery
} from 'graphql'

const require = createRequire(import.meta.url)
const addFormats = require('ajv-formats') as (ajv: Ajv) => Ajv

type Json = Record<string, unknown>

interface Operation {
  method: string
  template: string
  regex: RegExp
  params: string[]
  literals: number
  op: Json
}

interface Spec {
  doc: Json & {
    paths: Record<string, Record<string, Json>>
    components: Record<string, Record<string, Json>>
  }
  ajv: Ajv
  operations: Operation[]
  validators: Map<string, ValidateFunction>
  graphqlSchema: GraphQLSchema
}

let spec: Spec | null = null

/** Loads GitHub's REST description and GraphQL schema once per test file. */
export function loadSpec(): Spec {
  if (spec) return spec
  const openapiDir = dirname(require.resolve('@octokit/openapi'))
  const doc = JSON.parse(
    readFileSync(join(openapiDir, 'generated', 'api.github.com.json'), 'utf8')
  ) as Spec['doc']
  const ajv = new Ajv({ strict: false, allErrors: true })
  addFormats(ajv)
  ajv.addFormat('repo.nwo', /^[\w.-]+\/[\w.-]+$/) // GitHub's own format: owner/name
  allowNullEnums(doc.components)
  ajv.addSchema({ components: doc.components }, 'gh')
  const operations: Operation[] = []
  for (const [template, item] of Object.entries(doc.paths)) {
    const params: string[] = []
    const pattern = template
      .replace(/[.*+?^$()|[\]\\]/g, '\\$&')
      .replace(/\\?\{([^}]+)\\?\}/g, (_m, name: string) => {
        params.push(name)
        return '([^/]+)'
      })
    for (const method of ['get', 'post', 'put', 'patch', 'delete']) {
      const op = item[method] as Json | undefined
      if (!op) continue
      operations.push({
        method: method.toUpperCase(),
        template,
        regex: new RegExp(`^${pattern}$`),
        params,
        literals: template.split('/').filter(s => s && !s.startsWith('{')).length,
        op
      })
    }
  }
  // A literal segment beats a parameter (`/pulls/comments` is not `/pulls/{pull_number}`).
  operations.sort((a, b) => b.literals - a.literals)
  // The introspection result, as @octokit/graphql-schema's own validate uses it.
  const graphqlSchema = buildClientSchema(githubGraphql.json as unknown as IntrospectionQuery)
  spec = { doc, ajv, operations, validators: new Map(), graphqlSchema }
  return spec
}

export interface RecordedRequest {
  method: string
  path: string
  operationId: string
  query: Record<string, string>
  body: unknown
  status: number
  /** For GraphQL: the first field of the operation (`createCommitOnBranch`). */
  graphqlField?: string
}

export interface Injection {
  /** operationId (`pulls/create-review`) or `graphql:<field>`. */
  operation: string
  status: number
  body: unknown
  headers?: Record<string, string>
  /** How many matching requests get this answer (default 1). */
  times?: number
}

export interface FakePull {
  number: number
  title: string
  body: string
  state: 'open' | 'closed'
  head: { ref: string; sha: string; repo: string }
  base: { ref: string; sha: string }
  /** The unified diff GitHub would serve (base...head). */
  diff: string
}

export interface FakeComment {
  id: number
  body: string
  login: string
  userType: 'Bot' | 'User'
  issueNumber?: number
  pullNumber?: number
  reviewId?: number
  /** A review comment starts a thread; resolved through GraphQL `resolveReviewThread`. */
  resolved?: boolean
  path?: string
  line?: number
  startLine?: number | null
  commitId?: string
}

export interface FakeCommit {
  oid: string
  branch: string
  parent: string
  headline: string
  body: string
  additions: { path: string; contents: string }[]
  deletions: string[]
  /** Commits made through the Git Database API (git/create-commit): their tree. */
  tree?: string
}

const BOT = { login: 'github-actions[bot]', type: 'Bot' as const }

export class FakeGitHub {
  readonly owner: string
  readonly repo: string
  url = ''
  defaultBranch = 'main'
  branches = new Map<string, string>()
  pulls: FakePull[] = []
  comments: FakeComment[] = []
  reviews: { id: number; pullNumber: number; body: string; commitId: string; comments: number }[] = []
  commits: FakeCommit[] = []
  requests: RecordedRequest[] = []
  violations: string[] = []
  /** Trees made through git/create-tree: the files they change. */
  trees = new Map<string, { path: string; contents: string }[]>()
  injections: Injection[] = []
  private server: Server | null = null
  private nextId = 1000
  private readonly spec: Spec

  constructor(fullName = 'acme/gitops') {
    const [owner, repo] = fullName.split('/') as [string, string]
    this.owner = owner
    this.repo = repo
    this.spec = loadSpec()
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch(err => {
        this.violations.push(`server error: ${(err as Error).stack}`)
        send(res, 500, { message: 'fake server error' })
      })
    })
    await new Promise<void>(done => this.server?.listen(0, '127.0.0.1', done))
    const { port } = this.server.address() as AddressInfo
    this.url = `http://127.0.0.1:${port}`
  }

  async stop(): Promise<void> {
    await new Promise<void>(done => (this.server ? this.server.close(() => done()) : done()))
  }

  /** Requests counted as the action sent them (GraphQL included). */
  count(filter?: (r: RecordedRequest) => boolean): number {
    return filter ? this.requests.filter(filter).length : this.requests.length
  }

  addPull(p: Omit<FakePull, 'title' | 'body' | 'state'> & Partial<FakePull>): FakePull {
    const pull: FakePull = { title: 'Update Testkube', body: '', state: 'open', ...p }
    this.pulls.push(pull)
    return pull
  }

  /** The diff GitHub serves for a pull request: `git diff base...head` of a real repository. */
  static gitDiff(dir: string, base: string, head: string): string {
    return execFileSync('git', ['-C', dir, 'diff', '--no-color', '--no-ext-diff', `${base}...${head}`], {
      encoding: 'utf8'
    })
  }

  /** As GitHub does: a pull request whose head is its base has no changes and is closed (for good). */
  private closePullsWithoutChanges(): void {
    // A commit made detached (git/create-commit) belongs to the first branch moved to it.
    for (const [name, sha] of this.branches) {
      const c = this.commits.find(x => x.oid === sha && x.branch === '')
      if (c) c.branch = name
    }
    for (const pr of this.pulls) {
      const head = this.branches.get(pr.head.ref)
      if (head) pr.head.sha = head
      if (pr.state === 'open' && !this.hasChanges(pr)) pr.state = 'closed'
    }
  }

  private hasChanges(pr: FakePull): boolean {
    const head = this.branches.get(pr.head.ref)
    return head !== undefined && head !== this.branches.get(pr.base.ref)
  }

  inject(i: Injection): void {
    this.injections.push({ times: 1, ...i })
  }

  reviewComments(pullNumber: number): FakeComment[] {
    return this.comments.filter(c => c.pullNumber === pullNumber)
  }

  issueComments(issueNumber: number): FakeComment[] {
    return this.comments.filter(c => c.issueNumber === issueNumber)
  }

  // ---------------------------------------------------------------------------------------------------------

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const raw = await readBody(req)
    const method = req.method ?? 'GET'
    const query = Object.fromEntries(url.searchParams)
    if (!/^(token|bearer) \S+/i.test(req.headers.authorization ?? ''))
      this.violations.push(`${method} ${url.pathname}: no token in the authorization header`)

    if (url.pathname === '/graphql' && method === 'POST') return this.handleGraphql(raw, res)

    const match = this.route(method, url.pathname)
    if (!match) {
      this.violations.push(`${method} ${url.pathname}: not an operation of GitHub's REST API`)
      this.requests.push({ method, path: url.pathname, operationId: '?', query, body: raw, status: 404 })
      return send(res, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' })
    }
    const { operation, params } = match
    const operationId = operation.op.operationId as string
    let body: unknown = undefined
    if (raw) {
      try {
        body = JSON.parse(raw)
      } catch {
        this.violations.push(`${operationId}: body is not JSON`)
      }
    }
    this.checkRequest(operation, query, body, req)
    if (params.owner !== this.owner || params.repo !== this.repo)
      this.violations.push(
        `${operationId}: repository ${params.owner}/${params.repo} is not ${this.owner}/${this.repo}`
      )

    const record: RecordedRequest = { method, path: url.pathname, operationId, query, body, status: 0 }
    this.requests.push(record)
    const injected = this.takeInjection(operationId)
    if (injected) {
      record.status = injected.status
      return send(res, injected.status, injected.body, injected.headers)
    }
    const accept = String(req.headers.accept ?? '')
    const answer = this.answer(operationId, params, query, (body ?? {}) as Json, accept)
    record.status = answer.status
    if (typeof answer.body === 'string') {
      res.writeHead(answer.status, { 'content-type': 'text/plain; charset=utf-8' })
      res.end(answer.body)
      return
    }
    if (answer.status < 300 && answer.body !== undefined)
      this.checkResponse(operation, answer.status, answer.body)
    send(res, answer.status, answer.body)
  }

  private route(
    method: string,
    path: string
  ): { operation: Operation; params: Record<string, string> } | null {
    for (const strictSegments of [true, false]) {
      for (const operation of this.spec.operations) {
        if (operation.method !== method) continue
        // A `{ref}` may hold slashes when a client does not encode them.
        const regex = strictSegments
          ? operation.regex
          : new RegExp(operation.regex.source.replace(/\(\[\^\/\]\+\)\$$/, '(.+)$'))
        const m = regex.exec(path)
        if (!m) continue
        const params: Record<string, string> = {}
        operation.params.forEach((name, i) => (params[name] = decodeURIComponent(m[i + 1] as string)))
        return { operation, params }
      }
    }
    return null
  }

  private checkRequest(
    operation: Operation,
    query: Record<string, string>,
    body: unknown,
    req: IncomingMessage
  ): void {
    const id = operation.op.operationId as string
    const declared = new Set(
      ((operation.op.parameters as Json[] | undefined) ?? [])
        .map(p => this.deref(p))
        .filter(p => p.in === 'query')
        .map(p => p.name as string)
    )
    for (const q of Object.keys(query))
      if (!declared.has(q)) this.violations.push(`${id}: undeclared query parameter '${q}'`)
    const requestBody = operation.op.requestBody ? this.deref(operation.op.requestBody as Json) : null
    if (body === undefined) {
      if (requestBody?.required) this.violations.push(`${id}: the request body is required`)
      return
    }
    if (!requestBody) {
      this.violations.push(`${id}: the operation takes no body`)
      return
    }
    if (!String(req.headers['content-type'] ?? '').includes('application/json'))
      this.violations.push(`${id}: body sent without content-type application/json`)
    const schema = ((requestBody.content as Json)['application/json'] as Json | undefined)?.schema as
      Json | undefined
    if (!schema) return
    const validator = this.validator(`req:${id}`, schema)
    if (!validator(body))
      this.violations.push(`${id}: request body: ${this.spec.ajv.errorsText(validator.errors)}`)
  }

  private checkResponse(operation: Operation, status: number, body: unknown): void {
    const id = operation.op.operationId as string
    const response = this.deref(((operation.op.responses as Json)[String(status)] ?? {}) as Json)
    const schema = ((response.content as Json | undefined)?.['application/json'] as Json | undefined)
      ?.schema as Json | undefined
    if (!schema) return
    const validator = this.validator(`res:${id}:${status}`, schema)
    if (!validator(body))
      this.violations.push(`${id}: fake response ${status}: ${this.spec.ajv.errorsText(validator.errors)}`)
  }

  private validator(key: string, schema: Json): ValidateFunction {
    let v = this.spec.validators.get(key)
    if (!v) {
      const text = JSON.stringify(schema).replace(/"#\/components\//g, '"gh#/components/')
      v = this.spec.ajv.compile(JSON.parse(text) as Json)
      this.spec.validators.set(key, v)
    }
    return v
  }

  private deref(node: Json): Json {
    let n = node
    while (typeof n.$ref === 'string') {
      const [, kind, name] = /^#\/components\/([^/]+)\/(.+)$/.exec(n.$ref) ?? []
      n = (this.spec.doc.components[kind as string] as Record<string, Json>)[name as string] as Json
    }
    return n
  }

  /** The description's own example answer of an operation, deep-copied. */
  private example(operationId: string, status: number): Json | Json[] {
    const operation = this.spec.operations.find(o => o.op.operationId === operationId) as Operation
    const response = this.deref(((operation.op.responses as Json)[String(status)] ?? {}) as Json)
    const examples = ((response.content as Json)['application/json'] as Json).examples as Record<string, Json>
    const first = this.deref(Object.values(examples)[0] as Json)
    return structuredClone(first.value) as Json | Json[]
  }

  private takeInjection(operation: string): Injection | null {
    const i = this.injections.find(x => x.operation === operation && (x.times ?? 1) > 0)
    if (!i) return null
    i.times = (i.times ?? 1) - 1
    return i
  }

  // ---------------------------------------------------------------------------------------------------------

  private answer(
    id: string,
    p: Record<string, string>,
    query: Record<string, string>,
    body: Json,
    accept: string
  ): { status: number; body?: unknown } {
    const pull = (n: string | undefined): FakePull | undefined => this.pulls.find(x => x.number === Number(n))
    const notFound = {
      status: 404,
      body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' }
    }
    switch (id) {
      case 'repos/get':
        return { status: 200, body: this.repository() }
      case 'pulls/get': {
        const pr = pull(p.pull_number)
        if (!pr) return notFound
        if (accept.includes('diff')) return { status: 200, body: pr.diff }
        return { status: 200, body: this.pullJson(pr) }
      }
      case 'pulls/list-files': {
        const pr = pull(p.pull_number)
        if (!pr) return notFound
        return { status: 200, body: this.page(this.diffEntries(pr), query) }
      }
      case 'pulls/list': {
        const list = this.pulls.filter(
          pr =>
            (!query.state || query.state === 'all' || pr.state === query.state) &&
            (!query.head || query.head === `${this.owner}:${pr.head.ref}`) &&
            (!query.base || query.base === pr.base.ref)
        )
        return {
          status: 200,
          body: this.page(
            list.map(pr => this.pullJson(pr, true)),
            query
          )
        }
      }
      case 'pulls/create': {
        const head = String(body.head)
        if (!this.branches.has(head)) return validationFailed('PullRequest', 'head', 'invalid')
        if (this.pulls.some(pr => pr.state === 'open' && pr.head.ref === head))
          return validationFailed(
            'PullRequest',
            'custom',
            'custom',
            `A pull request already exists for ${this.owner}:${head}.`
          )
        const base = String(body.base)
        const pr = this.addPull({
          number: this.pulls.reduce((n, x) => Math.max(n, x.number), 0) + 1,
          title: String(body.title),
          body: String(body.body ?? ''),
          head: { ref: head, sha: this.branches.get(head) as string, repo: `${this.owner}/${this.repo}` },
          base: { ref: base, sha: this.branches.get(base) ?? '0'.repeat(40) },
          diff: ''
        })
        return { status: 201, body: this.pullJson(pr) }
      }
      case 'pulls/update': {
        const pr = pull(p.pull_number)
        if (!pr) return notFound
        if (typeof body.title === 'string') pr.title = body.title
        if (typeof body.body === 'string') pr.body = body.body
        if (body.state === 'open' && pr.state === 'closed' && !this.hasChanges(pr))
          return validationFailed(
            'PullRequest',
            'state',
            'custom',
            'state cannot be changed. The head branch has no changes against the base.'
          )
        if (body.state === 'open' || body.state === 'closed') pr.state = body.state
        return { status: 200, body: this.pullJson(pr) }
      }
      case 'pulls/list-review-comments': {
        const list = this.comments.filter(c => c.pullNumber === Number(p.pull_number))
        return {
          status: 200,
          body: this.page(
            list.map(c => this.reviewCommentJson(c)),
            query
          )
        }
      }
      case 'pulls/create-review':
        return this.createReview(pull(p.pull_number), body)
      case 'issues/list-comments': {
        const list = this.comments.filter(c => c.issueNumber === Number(p.issue_number))
        return {
          status: 200,
          body: this.page(
            list.map(c => this.issueCommentJson(c)),
            query
          )
        }
      }
      case 'issues/create-comment': {
        const c: FakeComment = {
          id: this.nextId++,
          body: String(body.body),
          login: BOT.login,
          userType: BOT.type,
          issueNumber: Number(p.issue_number)
        }
        this.comments.push(c)
        return { status: 201, body: this.issueCommentJson(c) }
      }
      case 'issues/update-comment': {
        const c = this.comments.find(x => x.id === Number(p.comment_id) && x.issueNumber !== undefined)
        if (!c) return notFound
        c.body = String(body.body)
        return { status: 200, body: this.issueCommentJson(c) }
      }
      case 'git/get-ref': {
        const branch = (p.ref ?? '').replace(/^heads\//, '')
        const sha = this.branches.get(branch)
        return sha ? { status: 200, body: this.refJson(branch, sha) } : notFound
      }
      case 'git/create-ref': {
        const branch = String(body.ref).replace(/^refs\/heads\//, '')
        if (this.branches.has(branch))
          return validationFailed('Reference', 'ref', 'already_exists', 'Reference already exists')
        this.branches.set(branch, String(body.sha))
        this.closePullsWithoutChanges()
        return { status: 201, body: this.refJson(branch, String(body.sha)) }
      }
      case 'git/update-ref': {
        const branch = (p.ref ?? '').replace(/^heads\//, '')
        if (!this.branches.has(branch))
          return validationFailed('Reference', 'ref', 'missing', 'Reference does not exist')
        this.branches.set(branch, String(body.sha))
        this.closePullsWithoutChanges()
        return { status: 200, body: this.refJson(branch, String(body.sha)) }
      }
      case 'git/get-commit': {
        const sha = String(p.commit_sha)
        const known = this.commits.find(c => c.oid === sha)
        if (!known && ![...this.branches.values()].includes(sha)) return notFound
        const ex = this.example('git/get-commit', 200) as Json
        const tree = known?.tree ?? createHash('sha1').update(`tree of ${sha}`).digest('hex')
        return { status: 200, body: { ...ex, sha, tree: { ...(ex.tree as Json), sha: tree } } }
      }
      case 'git/create-tree': {
        const sha = createHash('sha1').update(randomBytes(16)).digest('hex')
        const entries = (body.tree as { path: string; content?: string }[]).map(e => ({
          path: e.path,
          contents: String(e.content ?? '')
        }))
        this.trees.set(sha, entries)
        const ex = this.example('git/create-tree', 201) as Json
        return { status: 201, body: { ...ex, sha, truncated: false } }
      }
      case 'git/create-commit': {
        const tree = String(body.tree)
        const additions = this.trees.get(tree)
        if (!additions) return validationFailed('Commit', 'tree', 'invalid', 'Tree SHA does not exist')
        const oid = createHash('sha1').update(randomBytes(16)).digest('hex')
        const [headline = '', ...rest] = String(body.message).split('\n')
        this.commits.push({
          oid,
          branch: '',
          parent: String((body.parents as string[])[0]),
          headline,
          body: rest.join('\n').trim(),
          additions,
          deletions: [],
          tree
        })
        const ex = this.example('git/create-commit', 201) as Json
        return {
          status: 201,
          body: {
            ...ex,
            sha: oid,
            message: String(body.message),
            html_url: `https://github.com/${this.owner}/${this.repo}/commit/${oid}`,
            tree: { ...(ex.tree as Json), sha: tree }
          }
        }
      }
      case 'git/delete-ref': {
        const branch = (p.ref ?? '').replace(/^heads\//, '')
        if (!this.branches.delete(branch))
          return validationFailed('Reference', 'ref', 'missing', 'Reference does not exist')
        return { status: 204 }
      }
      default:
        this.violations.push(`${id}: the fake server does not answer this operation`)
        return { status: 501, body: { message: `not implemented in the fake: ${id}` } }
    }
  }

  /** GitHub's all-or-nothing review: one comment off the diff fails the whole review with 422. */
  private createReview(pr: FakePull | undefined, body: Json): { status: number; body?: unknown } {
    if (!pr) return { status: 404, body: { message: 'Not Found' } }
    const comments = (body.comments as Json[] | undefined) ?? []
    const hunks = diffHunks(pr.diff)
    for (const c of comments) {
      const line = Number(c.line)
      const start = c.start_line === undefined ? line : Number(c.start_line)
      const inHunk = (hunks.get(String(c.path)) ?? []).some(
        h => start >= h.start && line <= h.end && start <= line
      )
      if (!inHunk)
        return {
          status: 422,
          body: {
            message: 'Unprocessable Entity',
            errors: [
              'Pull request review thread line must be part of the diff and Pull request review thread start line must be part of the same hunk as the line.'
            ],
            documentation_url:
              'https://docs.github.com/rest/pulls/reviews#create-a-review-for-a-pull-request',
            status: '422'
          }
        }
    }
    const review = {
      id: this.nextId++,
      pullNumber: pr.number,
      body: String(body.body ?? ''),
      commitId: String(body.commit_id ?? pr.head.sha),
      comments: comments.length
    }
    this.reviews.push(review)
    for (const c of comments)
      this.comments.push({
        id: this.nextId++,
        body: String(c.body),
        login: BOT.login,
        userType: BOT.type,
        pullNumber: pr.number,
        reviewId: review.id,
        path: String(c.path),
        line: Number(c.line),
        startLine: c.start_line === undefined ? null : Number(c.start_line),
        commitId: review.commitId
      })
    const json = this.example('pulls/create-review', 200) as Json
    Object.assign(json, {
      id: review.id,
      node_id: nodeId('PRR', review.id),
      body: review.body,
      state: 'COMMENTED',
      commit_id: review.commitId,
      html_url: `https://github.com/${this.owner}/${this.repo}/pull/${pr.number}#pullrequestreview-${review.id}`,
      pull_request_url: `https://api.github.com/repos/${this.owner}/${this.repo}/pulls/${pr.number}`,
      user: this.user(BOT.login, BOT.type)
    })
    return { status: 200, body: json }
  }

  private async handleGraphql(raw: string, res: ServerResponse): Promise<void> {
    let payload: { query?: string; variables?: Json } = {}
    try {
      payload = JSON.parse(raw) as typeof payload
    } catch {
      this.violations.push('graphql: body is not JSON')
    }
    const record: RecordedRequest = {
      method: 'POST',
      path: '/graphql',
      operationId: 'graphql',
      query: {},
      body: payload,
      status: 200
    }
    this.requests.push(record)
    let document
    try {
      document = parse(payload.query ?? '')
    } catch (err) {
      this.violations.push(`graphql: ${(err as Error).message}`)
      return send(res, 200, { errors: [{ message: (err as Error).message }] })
    }
    const errors = validate(this.spec.graphqlSchema, document)
    if (errors.length > 0) {
      this.violations.push(...errors.map(e => `graphql: ${e.message}`))
      return send(res, 200, { errors: errors.map(e => ({ message: e.message, locations: e.locations })) })
    }
    // The operation's first field by name, not by alias (`t0: resolveReviewThread(…)` is resolveReviewThread).
    const operation = document.definitions.find(d => d.kind === Kind.OPERATION_DEFINITION)
    const first = operation?.selectionSet.selections[0]
    const field = first?.kind === Kind.FIELD ? first.name.value : ''
    record.graphqlField = field
    record.operationId = `graphql:${field}`
    const injected = this.takeInjection(`graphql:${field}`)
    if (injected) {
      record.status = injected.status
      return send(res, injected.status, injected.body, injected.headers)
    }
    const result = await graphql({
      schema: this.spec.graphqlSchema,
      source: payload.query ?? '',
      variableValues: payload.variables,
      rootValue: {
        createCommitOnBranch: (args: { input: Json }) => this.createCommitOnBranch(args.input),
        repository: (args: { owner: string; name: string }) => this.graphRepository(args),
        resolveReviewThread: (args: { input: { threadId: string } }) =>
          this.resolveReviewThread(args.input.threadId)
      }
    })
    const out: Json = { data: result.data ?? null }
    if (result.errors?.length) {
      out.errors = result.errors.map(e => ({
        type: /Expected branch/.test(e.message) ? 'STALE_DATA' : 'UNPROCESSABLE',
        path: e.path,
        locations: e.locations,
        message: e.message
      }))
      // A variable that does not fit the schema is the caller's mistake, not a GitHub answer.
      for (const e of result.errors) if (!e.path) this.violations.push(`graphql: ${e.message}`)
    }
    send(res, 200, out)
  }

  /** `repository { pullRequest { reviewThreads } }`: a thread per review comment, 100 at most a page. */
  private graphRepository(args: { owner: string; name: string }): Json | null {
    if (args.owner !== this.owner || args.name !== this.repo) return null
    return {
      pullRequest: (pr: { number: number }) => {
        if (!this.pulls.some(p => p.number === pr.number)) return null
        return {
          reviewThreads: (page: { first?: number; after?: string | null }) => {
            const all = this.reviewComments(pr.number)
            const start = page.after ? Number(page.after) : 0
            const size = Math.min(page.first ?? 100, 100)
            const slice = all.slice(start, start + size)
            return {
              nodes: slice.map(c => ({
                id: nodeId('PRRT', c.id),
                isResolved: c.resolved === true,
                comments: () => ({ nodes: [{ databaseId: c.id }] })
              })),
              pageInfo: {
                hasNextPage: start + size < all.length,
                endCursor: slice.length > 0 ? String(start + slice.length) : null
              }
            }
          }
        }
      }
    }
  }

  private resolveReviewThread(threadId: string): Json {
    const comment = this.comments.find(c => c.pullNumber !== undefined && nodeId('PRRT', c.id) === threadId)
    if (!comment) throw new Error(`Could not resolve to a node with the global id of '${threadId}'`)
    comment.resolved = true
    return { thread: { id: threadId, isResolved: true } }
  }

  private createCommitOnBranch(input: Json): Json {
    const branch = input.branch as { repositoryNameWithOwner?: string; branchName?: string }
    if (branch.repositoryNameWithOwner !== `${this.owner}/${this.repo}`)
      throw new Error(`Could not resolve to a Repository with the name '${branch.repositoryNameWithOwner}'.`)
    const name = String(branch.branchName)
    const head = this.branches.get(name)
    if (!head) throw new Error(`A ref named "refs/heads/${name}" does not exist.`)
    if (head !== input.expectedHeadOid)
      throw new Error(
        `Expected branch to point to "${String(input.expectedHeadOid)}" but it did not. Pull and try again.`
      )
    const changes = input.fileChanges as {
      additions?: { path: string; contents: string }[]
      deletions?: { path: string }[]
    }
    const additions = (changes.additions ?? []).map(a => ({
      path: a.path,
      contents: Buffer.from(a.contents, 'base64').toString('utf8')
    }))
    const deletions = (changes.deletions ?? []).map(d => d.path)
    if (additions.length === 0 && deletions.length === 0)
      throw new Error('No changes were made to the branch.')
    const message = input.message as { headline: string; body?: string }
    const oid = createHash('sha1').update(randomBytes(16)).digest('hex')
    this.commits.push({
      oid,
      branch: name,
      parent: head,
      headline: message.headline,
      body: message.body ?? '',
      additions,
      deletions
    })
    this.branches.set(name, oid)
    this.closePullsWithoutChanges()
    return { commit: { oid, url: `https://github.com/${this.owner}/${this.repo}/commit/${oid}` } }
  }

  // ---------------------------------------------------------------------------------------------------------
  // Answers built from the description's examples, with this repository's facts.

  private page<T>(list: T[], query: Record<string, string>): T[] {
    const perPage = Number(query.per_page ?? 30)
    const page = Number(query.page ?? 1)
    return list.slice((page - 1) * perPage, page * perPage)
  }

  private user(login: string, type: string): Json {
    const u = (this.example('pulls/get', 200) as Json).user as Json
    const id = parseInt(createHash('sha1').update(login).digest('hex').slice(0, 6), 16)
    return {
      ...u,
      login,
      id,
      type,
      node_id: nodeId('U', id),
      html_url: `https://github.com/${login.replace('[bot]', '')}`
    }
  }

  private repository(): Json {
    const r = this.example('repos/get', 200) as Json
    return {
      ...r,
      name: this.repo,
      full_name: `${this.owner}/${this.repo}`,
      default_branch: this.defaultBranch,
      owner: { ...(r.owner as Json), login: this.owner },
      html_url: `https://github.com/${this.owner}/${this.repo}`
    }
  }

  private pullJson(pr: FakePull, simple = false): Json {
    const ex = (
      simple ? (this.example('pulls/list', 200) as Json[])[0] : this.example('pulls/get', 200)
    ) as Json
    const html = `https://github.com/${this.owner}/${this.repo}/pull/${pr.number}`
    const repo = this.repository()
    const side = (ref: string, sha: string, full: string): Json => ({
      ...(ex.head as Json),
      label: `${full.split('/')[0]}:${ref}`,
      ref,
      sha,
      repo: { ...((ex.head as Json).repo as Json), name: full.split('/')[1], full_name: full }
    })
    const json: Json = {
      ...ex,
      number: pr.number,
      id: 500 + pr.number,
      node_id: nodeId('PR', pr.number),
      title: pr.title,
      body: pr.body,
      state: pr.state,
      html_url: html,
      url: `https://api.github.com/repos/${this.owner}/${this.repo}/pulls/${pr.number}`,
      head: side(pr.head.ref, pr.head.sha, pr.head.repo),
      base: {
        ...side(pr.base.ref, pr.base.sha, `${this.owner}/${this.repo}`),
        repo: { ...((ex.base as Json).repo as Json), name: repo.name, full_name: repo.full_name }
      },
      requested_teams: [],
      user: this.user(BOT.login, BOT.type)
    }
    return json
  }

  private reviewCommentJson(c: FakeComment): Json {
    const ex = (this.example('pulls/list-review-comments', 200) as Json[])[0] as Json
    return {
      ...ex,
      id: c.id,
      node_id: nodeId('PRRC', c.id),
      body: c.body,
      path: c.path,
      line: c.line,
      original_line: c.line,
      start_line: c.startLine ?? null,
      original_start_line: c.startLine ?? null,
      side: 'RIGHT',
      start_side: c.startLine ? 'RIGHT' : null,
      commit_id: c.commitId,
      original_commit_id: c.commitId,
      pull_request_review_id: c.reviewId,
      user: this.user(c.login, c.userType),
      html_url: `https://github.com/${this.owner}/${this.repo}/pull/${c.pullNumber}#discussion_r${c.id}`
    }
  }

  private issueCommentJson(c: FakeComment): Json {
    const ex = this.example('issues/create-comment', 201) as Json
    return {
      ...ex,
      id: c.id,
      node_id: nodeId('IC', c.id),
      body: c.body,
      user: this.user(c.login, c.userType),
      html_url: `https://github.com/${this.owner}/${this.repo}/pull/${c.issueNumber}#issuecomment-${c.id}`,
      issue_url: `https://api.github.com/repos/${this.owner}/${this.repo}/issues/${c.issueNumber}`
    }
  }

  private refJson(branch: string, sha: string): Json {
    const ex = this.example('git/get-ref', 200) as Json
    return {
      ...ex,
      ref: `refs/heads/${branch}`,
      url: `https://api.github.com/repos/${this.owner}/${this.repo}/git/refs/heads/${branch}`,
      object: {
        ...(ex.object as Json),
        type: 'commit',
        sha,
        url: `https://api.github.com/repos/${this.owner}/${this.repo}/git/commits/${sha}`
      }
    }
  }

  private diffEntries(pr: FakePull): Json[] {
    const ex = (this.example('pulls/list-files', 200) as Json[])[0] as Json
    return pr.diff
      .split(/^diff --git /m)
      .filter(Boolean)
      .map(section => {
        const file = /^\+\+\+ b\/(.+)$/m.exec(section)?.[1] ?? /^a\/(\S+)/.exec(section)?.[1] ?? ''
        const patch = section.slice(section.indexOf('@@'))
        return {
          ...ex,
          filename: file,
          status: 'modified',
          patch,
          sha: createHash('sha1').update(section).digest('hex')
        }
      })
  }
}

/**
 * OpenAPI 3.0 `nullable: true` with an `enum` that does not list null (GitHub's `start_side` of a one-line
 * comment): GitHub answers null, so null joins the enum.
 */
function allowNullEnums(node: unknown): void {
  if (Array.isArray(node)) return node.forEach(allowNullEnums)
  if (!node || typeof node !== 'object') return
  const n = node as Json
  if (n.nullable === true && Array.isArray(n.enum) && !n.enum.includes(null)) n.enum = [...n.enum, null]
  for (const v of Object.values(n)) allowNullEnums(v)
}

function validationFailed(resource: string, field: string, code: string, message?: string) {
  return {
    status: 422,
    body: {
      message: message ?? 'Validation Failed',
      errors: [{ resource, field, code, ...(message ? { message } : {}) }],
      documentation_url: 'https://docs.github.com/rest'
    }
  }
}

function nodeId(prefix: string, id: number): string {
  return `${prefix}_kwDO${Buffer.from(String(id)).toString('base64url')}`
}

/** Head-side line ranges of each file's hunks, read independently of the action's own parser. */
function diffHunks(diff: string): Map<string, { start: number; end: number }[]> {
  const out = new Map<string, { start: number; end: number }[]>()
  let file = ''
  for (const line of diff.split('\n')) {
    const f = /^\+\+\+ b\/(.+)$/.exec(line)
    if (f) {
      file = f[1] as string
      out.set(file, [])
      continue
    }
    const h = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line)
    if (h && file) {
      const start = Number(h[1])
      const count = h[2] === undefined ? 1 : Number(h[2])
      if (count > 0) out.get(file)?.push({ start, end: start + count - 1 })
    }
  }
  return out
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {}
): void {
  if (status === 204 || body === undefined) {
    res.writeHead(status, headers)
    res.end()
    return
  }
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers })
  res.end(JSON.stringify(body))
}
