/** The `testkube-istio-guard` command: everything happens in runCli (main.ts). */
import { runCli } from './main.js'

// `… | head` closes the pipe early: that is the reader's choice, not an error worth a stack trace.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code !== 'EPIPE') throw err
})

process.exitCode = await runCli(process.argv.slice(2))
