// Prints `N passed, N failed` from the results file jest writes with `--json --outputFile=FILE`.
// Exits 1 when the file is missing or unreadable, so that a jest crash is never read as "0 failed".
import { readFileSync } from 'node:fs'

const file = process.argv[2]
let results
try {
  results = JSON.parse(readFileSync(file, 'utf8'))
} catch (err) {
  console.error(`no jest results in ${file}: ${err.message}`)
  console.log('0 passed, 0 failed')
  process.exit(1)
}
console.log(`${results.numPassedTests} passed, ${results.numFailedTests} failed`)
