// node scripts/bench/floor.mjs <tree>
//
// The least a scan built on Node and `yaml` has to do on one thread, timed by the bench beside grep and the
// scan: start Node, walk the tree (one synchronous readdir per folder, as the scan walks), read every YAML file,
// and parse with `yaml` the YAML files that hold the word `testkube` (what grep finds; the scan parses about as
// many: the candidates and the kustomizations, sources and ConfigMaps their releases name). No text tests, no
// word indexes, no readers, no judging, no report. A second thread can take the reads off it, as the scan's
// worker does. Prints the counts, so that a run can be checked.
import { closeSync, openSync, readdirSync, readSync } from 'node:fs'
import { parseAllDocuments } from 'yaml'

const root = process.argv[2]
if (!root) {
  console.error('usage: node scripts/bench/floor.mjs <tree>')
  process.exit(2)
}
const YAML_FILE = /\.ya?ml$/i
const folders = ['']
const files = []
while (folders.length > 0) {
  const rel = folders.pop()
  for (const entry of readdirSync(`${root}/${rel}`, { withFileTypes: true })) {
    if (entry.name === '.git' || entry.name === 'node_modules') continue
    const path = rel ? `${rel}/${entry.name}` : entry.name
    if (entry.isDirectory()) folders.push(path)
    else if (entry.isFile() && YAML_FILE.test(entry.name)) files.push(path)
  }
}
let buffer = Buffer.allocUnsafe(1 << 20)
let parsed = 0
for (const path of files) {
  const fd = openSync(`${root}/${path}`, 'r')
  let length = 0
  try {
    for (;;) {
      if (length === buffer.length) buffer = Buffer.concat([buffer, Buffer.allocUnsafe(buffer.length)])
      const got = readSync(fd, buffer, length, buffer.length - length, null)
      if (got === 0) break
      length += got
    }
  } finally {
    closeSync(fd)
  }
  if (buffer.subarray(0, length).includes('testkube')) {
    parseAllDocuments(buffer.toString('utf8', 0, length), { version: '1.1', uniqueKeys: false })
    parsed++
  }
}
console.log(`${files.length} YAML files read, ${parsed} parsed`)
