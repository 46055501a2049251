// Prints `N passed, N failed` summed over the results files jest writes with `--json --outputFile=FILE`
// (one per test run: `npm test`, `npm run test:corpus`). Exits 1 when a file is missing or unreadable, so that a
// jest crash is never read as "0 failed".
import { readFileSync } from 'node:fs'

let passed = 0
let failed = 0
let broken = false
for (const file of process.argv.slice(2)) {
  try {
    const results = JSON.parse(readFileSync(file, 'utf8'))
    passed += results.numPassedTests
    failed += results.numFailedTests
  } catch (err) {
    console.error(`no jest results in ${file}: ${err.message}`)
    broken = true
  }
}
console.log(`${passed} passed, ${failed} failed`)
if (broken || process.argv.length < 3) process.exit(1)
