// npm run bench [-- --sizes 2000,20000,200000 --runs 5 --keep]
// Generates seeded synthetic GitOps monorepos and times, on the same tree: the CLI's full scan, the CLI with
// --fix (Testkube files restored before each run), and `grep -rl testkube` as the floor (the cost of reading
// every byte). Prints per size: median wall time of N runs, ratio to grep, peak RSS, files per second.
// Also times a scan of the bundled example repository (Node start-up included).
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { generateTree } from './bench/generate.mjs'

const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string', default: '2000,20000,200000' },
    runs: { type: 'string', default: '5' },
    dir: { type: 'string', default: join(tmpdir(), 'tkig-bench') },
    keep: { type: 'boolean', default: false }
  }
})
const sizes = args.sizes.split(',').map(Number)
const runs = Number(args.runs)
const cli = join(process.cwd(), 'dist/cli/index.js')
if (!existsSync(cli)) {
  console.error('dist/cli/index.js is missing: run `npm run bundle` first')
  process.exit(2)
}
const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : null

/** Run a command, return wall ms and peak RSS in MB (GNU time when present, else /proc polling). */
function measure(cmd, argv) {
  const started = process.hrtime.bigint()
  let rssKb = null
  let res
  if (gnuTime) {
    res = spawnSync(gnuTime, ['-f', '%M', cmd, ...argv], { encoding: 'utf8', maxBuffer: 1 << 30 })
    const last = res.stderr.trim().split('\n').pop()
    rssKb = Number(last)
  } else {
    res = spawnSync(cmd, argv, { encoding: 'utf8', maxBuffer: 1 << 30 })
  }
  const ms = Number(process.hrtime.bigint() - started) / 1e6
  if (res.status !== 0 && res.status !== 1) {
    throw new Error(`${cmd} ${argv.join(' ')} exited ${res.status}: ${res.stderr.slice(0, 500)}`)
  }
  return { ms, rssMb: rssKb ? rssKb / 1024 : null, stdout: res.stdout }
}

const median = xs => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const fmt = (n, d = 0) => (n == null ? 'n/a' : n.toFixed(d))

function bench(label, fn) {
  const samples = []
  for (let i = 0; i < runs; i++) samples.push(fn())
  return {
    label,
    ms: median(samples.map(s => s.ms)),
    rssMb: samples[0].rssMb == null ? null : Math.max(...samples.map(s => s.rssMb)),
    last: samples[samples.length - 1]
  }
}

const rows = []
for (const size of sizes) {
  const root = join(args.dir, String(size))
  const marker = join(root, '.generated')
  let testkube
  if (existsSync(marker) && readFileSync(marker, 'utf8') === `${size}:42`) {
    testkube = new Map(JSON.parse(readFileSync(join(args.dir, `${size}.testkube.json`), 'utf8')))
  } else {
    rmSync(root, { recursive: true, force: true })
    mkdirSync(root, { recursive: true })
    const t0 = Date.now()
    const gen = generateTree(root, size, 42)
    testkube = gen.testkube
    writeFileSync(join(args.dir, `${size}.testkube.json`), JSON.stringify([...testkube]))
    writeFileSync(marker, `${size}:42`)
    console.error(`generated ${gen.files} files (${testkube.size} Testkube files) in ${Date.now() - t0} ms`)
  }
  const restore = () => {
    for (const [rel, text] of testkube) writeFileSync(join(root, rel), text)
  }
  restore()
  // One warm-up pass so every measurement reads from the page cache, grep included.
  measure('grep', ['-rl', 'testkube', root])
  const grep = bench('grep', () => measure('grep', ['-rl', 'testkube', root]))
  const scanRes = bench('scan', () =>
    measure(process.execPath, [cli, 'scan', root, '--format', 'json', '--fail-on', 'never'])
  )
  const fix = bench('fix', () => {
    restore()
    return measure(process.execPath, [cli, 'scan', root, '--format', 'json', '--fix', '--fail-on', 'never'])
  })
  restore()
  const summary = JSON.parse(scanRes.last.stdout).summary
  rows.push({ size, grep, scan: scanRes, fix, summary })
}

let example = null
const exampleDir = ['examples/gitops', 'examples'].find(d => existsSync(d))
if (exampleDir) {
  example = bench('example', () =>
    measure(process.execPath, [cli, 'scan', exampleDir, '--format', 'json', '--fail-on', 'never'])
  )
}

console.log(`runs per figure: ${runs} (median wall time; peak RSS is the largest of the runs)`)
console.log(
  '| files | grep -rl ms | scan ms | scan/grep | scan peak RSS MB | scan files/s | --fix ms | fix/grep | fix peak RSS MB | releases | findings |'
)
console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|')
for (const r of rows) {
  console.log(
    `| ${r.size} | ${fmt(r.grep.ms)} | ${fmt(r.scan.ms)} | ${fmt(r.scan.ms / r.grep.ms, 2)} | ${fmt(r.scan.rssMb, 1)} | ${fmt((r.size / r.scan.ms) * 1000)} | ${fmt(r.fix.ms)} | ${fmt(r.fix.ms / r.grep.ms, 2)} | ${fmt(r.fix.rssMb, 1)} | ${r.summary?.releases ?? 'n/a'} | ${r.summary?.findings?.total ?? JSON.stringify(r.summary?.findings ?? null)} |`
  )
}
const by = Object.fromEntries(rows.map(r => [r.size, r]))
if (by[20000] && by[200000]) {
  console.log(
    `growth 20,000 → 200,000 files: scan ×${fmt(by[200000].scan.ms / by[20000].scan.ms, 2)} (linear would be ×10)`
  )
}
if (example)
  console.log(
    `example repository (${exampleDir}): ${fmt(example.ms)} ms median, peak RSS ${fmt(example.rssMb, 1)} MB`
  )
if (!args.keep) console.error(`trees kept in ${args.dir} for the next run (delete it to regenerate)`)
