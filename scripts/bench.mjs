// npm run bench [-- --sizes 20000,100000,200000 --runs 3 --dir /tmp/tkig-bench --cli dist/cli/index.js]
//
// Generates seeded synthetic GitOps monorepos (scripts/bench/generate.mjs) and times, on the same tree and in
// the same run, as whole processes:
// - scan: the CLI's check (default text output);
// - dry-run: `--fix --dry-run` (the fixes planned, checked and shown as diffs, nothing written);
// - fix: `--fix` on a fresh copy of the Testkube files (restored before each run, outside the timing);
// - the read-only floor (scripts/bench/floor.mjs: start Node, walk, read every file the scan reads, nothing else);
// - the Node and `yaml` floor (the same, and parse the files that hold `testkube`);
// - `grep -rl testkube`.
// Prints per size the median wall time of N runs, the peak RSS (largest of the runs) and the ratios: dry-run and
// fix to the scan, the scan to the read-only floor; then the issue's targets, each with its verdict, and the
// bytes of peak RSS per file. Also times a scan of the bundled example repository, Node start-up included.
// Trees are kept in --dir and reused while the generator is unchanged.
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
    sizes: { type: 'string', default: '20000,100000,200000' },
    runs: { type: 'string', default: '3' },
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
// The CLI exits 1 when it reports findings and grep when nothing matches: both are results. The floor script
// has no such exit, so a 1 from it is a crash (e.g. `yaml` not installed) and must not be timed as a run.
function measure(cmd, argv, exitsWithResults = [0, 1]) {
  const isNode = cmd === process.execPath
  let res
  const started = process.hrtime.bigint()
  if (gnuTime) {
    res = spawnSync(gnuTime, ['-f', '%M', cmd, ...argv], { encoding: 'utf8', maxBuffer: 1 << 30 })
  } else {
    res = spawnSync(cmd, isNode ? ['-r', rssProbe, ...argv] : argv, { encoding: 'utf8', maxBuffer: 1 << 30 })
  }
  const ms = Number(process.hrtime.bigint() - started) / 1e6
  if (!exitsWithResults.includes(res.status)) {
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
  const scanArgs = [cli, 'scan', root, '--fail-on', 'never']
  measure('grep', ['-rl', 'testkube', root])
  measure(process.execPath, [floorScript, root], [0])
  measure(process.execPath, [floorScript, root, '--parse'], [0])
  measure(process.execPath, scanArgs)
  console.error(`timing ${size} files: grep, the two floors, scan, --dry-run, --fix (${runs} runs each)`)
  const grep = bench(() => measure('grep', ['-rl', 'testkube', root]))
  const floor = bench(() => measure(process.execPath, [floorScript, root], [0]))
  const yamlFloor = bench(() => measure(process.execPath, [floorScript, root, '--parse'], [0]))
  const scanned = bench(() => measure(process.execPath, scanArgs))
  const dryRun = bench(() => measure(process.execPath, [...scanArgs, '--fix', '--dry-run']))
  const fixed = bench(() => {
    restore()
    return measure(process.execPath, [...scanArgs, '--fix'])
  })
  restore()
  rows.push({
    size,
    files,
    grep,
    floor,
    yamlFloor,
    scan: scanned,
    dryRun,
    fix: fixed,
    summary: summaryOf(scanned.last),
    fixedSummary: /(\d+) fixed, (\d+) remaining/.exec(fixed.last)?.slice(1, 3).join(' fixed, ') ?? 'n/a'
  })
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
  `\nnode ${process.version}, ${runs} runs per figure: median wall time in ms; peak RSS is the largest of the runs`
)
console.log(
  'read floor: start Node, walk, read every file the scan reads (scripts/bench/floor.mjs); +yaml: and parse the files holding `testkube`'
)
console.log(
  '\n| files | grep -rl | read floor | +yaml floor | scan | scan/floor | dry-run | dry/scan | --fix | fix/scan | scan RSS MB | fix RSS MB | scan bytes/file | releases | findings | fixed, remaining |'
)
console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|')
for (const r of rows) {
  console.log(
    `| ${r.files} | ${fmt(r.grep.ms)} | ${fmt(r.floor.ms)} | ${fmt(r.yamlFloor.ms)} | ${fmt(r.scan.ms)} | ${fmt(r.scan.ms / r.floor.ms, 2)} | ${fmt(r.dryRun.ms)} | ${fmt(r.dryRun.ms / r.scan.ms, 2)} | ${fmt(r.fix.ms)} | ${fmt(r.fix.ms / r.scan.ms, 2)} | ${fmt(r.scan.rssMb)} | ${fmt(r.fix.rssMb)} | ${fmt(bytesPerFile(r.scan.rssMb, r.files))} | ${r.summary.releases ?? 'n/a'} | ${r.summary.findings ?? 'n/a'} | ${r.fixedSummary} |`
  )
}
if (example) {
  console.log(
    `\nexample repository (examples/gitops): ${fmt(example.ms)} ms median, ${fmt(example.max)} ms slowest`
  )
}

/** Peak RSS per file of the tree, in bytes (what a scan holds per file it walks, start-up included). */
function bytesPerFile(rssMb, files) {
  return rssMb == null ? null : (rssMb * 1024 * 1024) / files
}

// The issue's targets (issue 16).
const verdict = ok => (ok ? 'met' : 'NOT met')
const targets = []
for (const r of rows) {
  const n = r.files.toLocaleString('en')
  targets.push(
    `${n} files: --fix ≤ 1.3× scan: ×${fmt(r.fix.ms / r.scan.ms, 2)}, ${verdict(r.fix.ms <= 1.3 * r.scan.ms)}`
  )
  targets.push(
    `${n} files: --dry-run ≤ 1.2× scan: ×${fmt(r.dryRun.ms / r.scan.ms, 2)}, ${verdict(r.dryRun.ms <= 1.2 * r.scan.ms)}`
  )
  if (r.size <= 100000)
    targets.push(
      `${n} files: scan ≤ 1.5× the read-only floor: ×${fmt(r.scan.ms / r.floor.ms, 2)}, ${verdict(r.scan.ms <= 1.5 * r.floor.ms)}` +
        ` (the floor with yaml parsing alone: ×${fmt(r.yamlFloor.ms / r.floor.ms, 2)})`
    )
  if (r.size >= 200000 && r.fix.rssMb != null)
    targets.push(
      `${n} files: --fix peak RSS ≤ 300 MB: ${fmt(r.fix.rssMb)} MB, ${verdict(r.fix.rssMb <= 300)}`
    )
}
if (rows.length >= 2) {
  const [a, b] = [rows[0], rows[rows.length - 1]]
  if (a.scan.rssMb != null && b.scan.rssMb != null)
    targets.push(
      `memory ${a.files.toLocaleString('en')} → ${b.files.toLocaleString('en')} files: ×${fmt(b.scan.rssMb / a.scan.rssMb, 2)} for ×${fmt(b.files / a.files, 1)} the files (linear at most)`
    )
}
if (example) targets.push(`example repository: ${fmt(example.ms)} ms`)
if (targets.length > 0) console.log(`\ntargets:\n${targets.map(t => `- ${t}`).join('\n')}`)
console.error(`\ntrees kept in ${args.dir} for the next run (delete it to regenerate)`)
