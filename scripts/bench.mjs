// npm run bench [-- --sizes 2000,20000,200000 --runs 5 --dir /tmp/tkig-bench --cli dist/cli/index.js]
//
// Generates seeded synthetic GitOps monorepos (scripts/bench/generate.mjs) and times, on the same tree and in
// the same run: the CLI's full scan (default text output), the CLI with --fix (the Testkube files are restored
// before each run, outside the timing), `grep -rl testkube` as the floor (the cost of reading every byte), and
// the floor of a one-thread tool built on Node and `yaml` (scripts/bench/floor.mjs: start, walk, read, and parse
// the YAML files that grep finds, nothing else). Prints per size: the median wall time of N runs, the ratios to
// both floors, the peak RSS (largest of the runs) and files per second; then the issue's targets, each with its
// verdict. Also times a scan of the bundled example repository, Node start-up included. Trees are kept in --dir
// and reused while the generator is unchanged.
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { generateTree } from './bench/generate.mjs'

const here = dirname(fileURLToPath(import.meta.url))
const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string', default: '2000,20000,200000' },
    runs: { type: 'string', default: '5' },
    dir: { type: 'string', default: join(tmpdir(), 'tkig-bench') },
    seed: { type: 'string', default: '42' },
    // Another build of the CLI to time (an older bundle, to compare before and after a change).
    cli: { type: 'string', default: '' }
  }
})
const sizes = args.sizes.split(',').map(Number)
const runs = Math.max(1, Number(args.runs))
const seed = Number(args.seed)
const cli = args.cli || join(here, '..', 'dist', 'cli', 'index.js')
if (!existsSync(cli)) {
  console.error(`${cli} is missing: run \`npm run bundle\` first`)
  process.exit(2)
}
// A tree is regenerated when the generator changes: its hash is part of the tree's marker.
const generatorHash = createHash('sha256')
  .update(readFileSync(join(here, 'bench', 'generate.mjs')))
  .digest('hex')
  .slice(0, 12)
const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : null
// Without GNU time, a Node process reports its own peak RSS on exit (what GNU time's %M reads too).
const rssProbe = join(args.dir, 'rss-probe.cjs')
const floorScript = join(here, 'bench', 'floor.mjs')

/** Run a command; wall ms, peak RSS in MB (null when it cannot be measured), stdout. */
function measure(cmd, argv) {
  const isNode = cmd === process.execPath
  let res
  const started = process.hrtime.bigint()
  if (gnuTime) {
    res = spawnSync(gnuTime, ['-f', '%M', cmd, ...argv], { encoding: 'utf8', maxBuffer: 1 << 30 })
  } else {
    res = spawnSync(cmd, isNode ? ['-r', rssProbe, ...argv] : argv, { encoding: 'utf8', maxBuffer: 1 << 30 })
  }
  const ms = Number(process.hrtime.bigint() - started) / 1e6
  if (res.status !== 0 && res.status !== 1) {
    throw new Error(`${cmd} ${argv.join(' ')} exited ${res.status}: ${res.stderr.slice(0, 800)}`)
  }
  const last = res.stderr.trim().split('\n').pop() ?? ''
  const kb = gnuTime ? Number(last) : Number(/^rss-kb (\d+)$/.exec(last)?.[1] ?? NaN)
  return { ms, rssMb: Number.isFinite(kb) && kb > 0 ? kb / 1024 : null, stdout: res.stdout }
}

const median = xs => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const fmt = (n, d = 0) => (n == null || !Number.isFinite(n) ? 'n/a' : n.toFixed(d))

/** N runs of one measurement: median wall time, largest peak RSS, the last run's output. */
function bench(fn) {
  const samples = []
  for (let i = 0; i < runs; i++) samples.push(fn())
  const rss = samples.map(s => s.rssMb).filter(x => x != null)
  return {
    ms: median(samples.map(s => s.ms)),
    rssMb: rss.length > 0 ? Math.max(...rss) : null,
    last: samples[samples.length - 1].stdout
  }
}

/** `Summary: 199 releases, 1207 findings (…)` of the text report. */
function summaryOf(text) {
  const m = /Summary: (\d+) releases?, (\d+) findings?/.exec(text)
  return m ? { releases: Number(m[1]), findings: Number(m[2]) } : { releases: null, findings: null }
}

mkdirSync(args.dir, { recursive: true })
writeFileSync(
  rssProbe,
  "process.on('exit', () => process.stderr.write(`\\nrss-kb ${process.resourceUsage().maxRSS}\\n`))\n"
)

const rows = []
for (const size of sizes) {
  const root = join(args.dir, String(size))
  const marker = join(args.dir, `${size}.generated`)
  const saved = join(args.dir, `${size}.testkube.json`)
  const id = `${size}:${seed}:${generatorHash}`
  let testkube
  let files
  if (existsSync(marker) && existsSync(saved) && readFileSync(marker, 'utf8').startsWith(`${id}\n`)) {
    files = Number(readFileSync(marker, 'utf8').split('\n')[1])
    testkube = new Map(JSON.parse(readFileSync(saved, 'utf8')))
  } else {
    rmSync(root, { recursive: true, force: true })
    const t0 = Date.now()
    const gen = generateTree(root, size, seed)
    files = gen.files
    testkube = gen.testkube
    writeFileSync(saved, JSON.stringify([...testkube]))
    writeFileSync(marker, `${id}\n${files}\n`)
    console.error(`generated ${files} files (${testkube.size} of Testkube releases) in ${Date.now() - t0} ms`)
  }
  const restore = () => {
    for (const [rel, text] of testkube) writeFileSync(join(root, rel), text)
  }
  restore()
  // A warm-up of each command, so that every measurement reads from the page cache and runs warm code paths.
  measure('grep', ['-rl', 'testkube', root])
  measure(process.execPath, [floorScript, root])
  measure(process.execPath, [cli, 'scan', root, '--fail-on', 'never'])
  console.error(`timing ${size} files: grep, the Node and yaml floor, scan, scan --fix (${runs} runs each)`)
  const grep = bench(() => measure('grep', ['-rl', 'testkube', root]))
  const floor = bench(() => measure(process.execPath, [floorScript, root]))
  const scanned = bench(() => measure(process.execPath, [cli, 'scan', root, '--fail-on', 'never']))
  const fixed = bench(() => {
    restore()
    return measure(process.execPath, [cli, 'scan', root, '--fix', '--fail-on', 'never'])
  })
  restore()
  rows.push({ size, files, grep, floor, scan: scanned, fix: fixed, summary: summaryOf(scanned.last) })
}

const exampleDir = join(here, '..', 'examples', 'gitops')
let example = null
if (existsSync(exampleDir)) {
  measure(process.execPath, [cli, 'scan', exampleDir, '--fail-on', 'never'])
  const samples = []
  for (let i = 0; i < Math.max(runs, 5); i++)
    samples.push(measure(process.execPath, [cli, 'scan', exampleDir, '--fail-on', 'never']))
  example = { ms: median(samples.map(s => s.ms)), max: Math.max(...samples.map(s => s.ms)) }
}

console.log(
  `\nnode ${process.version}, ${runs} runs per figure: median wall time; peak RSS is the largest of the runs`
)
console.log(
  'scan: `testkube-istio-guard scan <tree>` with the default text output; --fix: the same with --fix'
)
console.log(
  'node+yaml floor: start Node, walk, read every YAML file, parse those holding `testkube` (scripts/bench/floor.mjs)'
)
console.log(
  '\n| files | grep -rl ms | node+yaml floor ms | scan ms | scan/grep | scan/floor | scan peak RSS MB | scan files/s | --fix ms | fix/grep | fix peak RSS MB | releases | findings |'
)
console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|')
for (const r of rows) {
  console.log(
    `| ${r.files} | ${fmt(r.grep.ms)} | ${fmt(r.floor.ms)} | ${fmt(r.scan.ms)} | ${fmt(r.scan.ms / r.grep.ms, 1)} | ${fmt(r.scan.ms / r.floor.ms, 1)} | ${fmt(r.scan.rssMb)} | ${fmt((r.files / r.scan.ms) * 1000)} | ${fmt(r.fix.ms)} | ${fmt(r.fix.ms / r.grep.ms, 1)} | ${fmt(r.fix.rssMb)} | ${r.summary.releases ?? 'n/a'} | ${r.summary.findings ?? 'n/a'} |`
  )
}
if (example) {
  console.log(
    `\nexample repository (examples/gitops): ${fmt(example.ms)} ms median, ${fmt(example.max)} ms slowest`
  )
}

// The issue's targets.
const by = Object.fromEntries(rows.map(r => [r.size, r]))
const verdict = ok => (ok ? 'met' : 'NOT met')
const targets = []
if (by[20000]) {
  const r = by[20000]
  targets.push(
    `20,000-file scan within 3× grep: ×${fmt(r.scan.ms / r.grep.ms, 2)}, ${verdict(r.scan.ms <= 3 * r.grep.ms)}` +
      ` (the Node and yaml floor alone: ×${fmt(r.floor.ms / r.grep.ms, 2)})`
  )
  if (r.scan.rssMb != null)
    targets.push(
      `20,000-file scan under 150 MB peak RSS: ${fmt(r.scan.rssMb)} MB, ${verdict(r.scan.rssMb < 150)}`
    )
}
if (by[20000] && by[200000]) {
  const t = by[200000].scan.ms / by[20000].scan.ms
  targets.push(`200,000 files within 12× the 20,000-file time: ×${fmt(t, 2)}, ${verdict(t <= 12)}`)
  const a = by[20000].scan.rssMb
  const b = by[200000].scan.rssMb
  if (a != null && b != null)
    targets.push(`memory 20,000 → 200,000 files: ×${fmt(b / a, 2)} (linear would be ×10)`)
}
if (example)
  targets.push(`example repository under 300 ms: ${fmt(example.ms)} ms, ${verdict(example.ms < 300)}`)
if (targets.length > 0) console.log(`\ntargets:\n${targets.map(t => `- ${t}`).join('\n')}`)
console.error(`\ntrees kept in ${args.dir} for the next run (delete it to regenerate)`)
