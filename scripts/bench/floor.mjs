// node scripts/bench/floor.mjs <tree> [--parse]
//
// The read-only floor the bench holds the scan against: the least any Node tool that reads this tree has to do on
// one thread. Start Node, walk the tree (one readdir with file types per folder, skipping `.git` and
// `node_modules`, as the scan walks), and read every file the scan reads (YAML, Chart.lock and Terraform names)
// whole, with one open and read into a reused buffer. Nothing is decoded, tested or parsed.
//
// With --parse it also parses, with `yaml`, the files that hold the word `testkube` (about the files the scan
// parses): the floor of a tool built on Node and `yaml`. Prints the counts, so that a run can be checked.
import { closeSync, openSync, readdirSync, readSync } from 'node:fs'

const root = process.argv[2]
const parse = process.argv.includes('--parse')
if (!root) {
  console.error('usage: node scripts/bench/floor.mjs <tree> [--parse]')
  process.exit(2)
}
const parseAllDocuments = parse ? (await import('yaml')).parseAllDocuments : null
const READ = /(\.ya?ml(\.gotmpl)?|(^|\/)(Chart|requirements)\.lock|\.tf|\.tfvars|(^|\/)terragrunt\.hcl)$/i
const folders = [root.endsWith('/') ? root : `${root}/`]
const files = []
while (folders.length > 0) {
  const dir = folders.pop()
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === '.git' || entry.name === 'node_modules') continue
    if (entry.isDirectory()) folders.push(`${dir}${entry.name}/`)
    else if (entry.isFile() && READ.test(entry.name)) files.push(`${dir}${entry.name}`)
  }
}
let buffer = Buffer.allocUnsafe(1 << 16)
let bytes = 0
let parsed = 0
for (const path of files) {
  const fd = openSync(path, 'r')
  let length = 0
  try {
    for (;;) {
      if (length === buffer.length) {
        const bigger = Buffer.allocUnsafe(buffer.length * 2)
        buffer.copy(bigger, 0, 0, length)
        buffer = bigger
      }
      const got = readSync(fd, buffer, length, buffer.length - length, null)
      if (got === 0) break
      length += got
    }
  } finally {
    closeSync(fd)
  }
  bytes += length
  if (parseAllDocuments && buffer.subarray(0, length).includes('testkube')) {
    parseAllDocuments(buffer.toString('utf8', 0, length), { version: '1.1', uniqueKeys: false })
    parsed++
  }
}
console.log(`${files.length} files read (${bytes} bytes)${parse ? `, ${parsed} parsed` : ''}`)
