// Builds the two committed bundles with ncc: the action (dist/index.js, named by action.yml) and the CLI
// (dist/cli/index.js, named by package.json "bin"). With "type": "module" ncc emits ESM by itself.
import { execFileSync } from 'node:child_process'
import { rmSync, writeFileSync, readFileSync, chmodSync } from 'node:fs'

const ncc = ['node_modules/@vercel/ncc/dist/ncc/cli.js']
const run = args => execFileSync(process.execPath, [...ncc, ...args], { stdio: ['ignore', 'ignore', 'inherit'] })

rmSync('dist', { recursive: true, force: true })
run(['build', 'src/action/index.ts', '-o', 'dist', '--license', 'licenses.txt', '--target', 'es2022', '-q'])
run(['build', 'src/cli/index.ts', '-o', 'dist/cli', '--target', 'es2022', '-q'])
// The CLI is run directly as `testkube-istio-guard`: give it a shebang and the executable bit.
const cli = 'dist/cli/index.js'
const text = readFileSync(cli, 'utf8')
if (!text.startsWith('#!')) writeFileSync(cli, `#!/usr/bin/env node\n${text}`)
chmodSync(cli, 0o755)
