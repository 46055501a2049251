/** The `testkube-istio-guard` command: everything happens in runCli (main.ts). */
import { runCli } from './main.js'

process.exitCode = await runCli(process.argv.slice(2))
