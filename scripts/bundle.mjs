// Builds the two committed bundles with ncc: the action (dist/index.js, named by action.yml) and the CLI
// (dist/cli/index.js, named by package.json "bin"). With "type": "module" ncc emits ESM by itself.
// Both builds run at once, each into a folder of its own, and dist/ is replaced only when both succeed.
import { spawn } from 'node:child_process'
import { chmodSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const NCC = 'node_modules/@vercel/ncc/dist/ncc/cli.js'
/** WASM files the bundles load at run time: [path under node_modules, name beside the bundle]. */
const WASM_FILES = [
  ['web-tree-sitter/tree-sitter.wasm', 'tree-sitter.wasm'],
  ['@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm', 'tree-sitter-terraform.wasm']
]
const work = mkdtempSync(join(tmpdir(), 'bundle-'))

/** One ncc build; its output is shown only when it fails. */
function build(entry, out, extra = []) {
  const args = [NCC, 'build', entry, '-o', out, '--target', 'es2022', ...extra]
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] })
    let log = ''
    child.stdout.on('data', d => (log += d))
    child.stderr.on('data', d => (log += d))
    child.on('error', reject)
    child.on('close', code =>
      code === 0 ? resolve() : reject(new Error(`ncc build ${entry} failed (exit ${code}):\n${log}`))
    )
  })
}

/**
 * The `yaml` parser checks `process.env.LOG_TOKENS` once per token and `process.env.LOG_STREAM` once per
 * document (debug hooks of its own). Every `process.env` read is a call into C++ (a getenv): across the tens of
 * thousands of tokens of a scan, and the re-parse after each fix, that was about a tenth of `--fix`'s time on the
 * 20,000-file benchmark. The bundles read each once, when the parser loads; the tests run `yaml` unchanged. If a
 * release of `yaml` words these differently, the build fails here rather than silently keeping the cost.
 */
function withoutTokenLogging(code, file) {
  let out = code
  for (const name of ['LOG_TOKENS', 'LOG_STREAM']) {
    const use = `node_process.env.${name}`
    const count = out.split(use).length - 1
    if (count !== 1) throw new Error(`${file}: expected one \`${use}\` from the yaml package, found ${count}`)
    out = `var __yamlDebug_${name} = process.env.${name};\n${out.replace(use, `__yamlDebug_${name}`)}`
  }
  return out
}

/**
 * web-tree-sitter (the HCL parser's runtime) gets `createRequire` by `await import('module')`; webpack turns that
 * into an interop call whose namespace has no `createRequire`, and the parser fails to load. The bundle is ESM,
 * so the native dynamic import works as written. Fails the build when the pattern is not found exactly once.
 */
function withNativeModuleImport(code, file) {
  const pattern =
    /const \{ createRequire \} = await Promise\.resolve\(\/\* import\(\) \*\/\)\.then\(__nccwpck_require__\.t\.bind\(__nccwpck_require__, \d+, \d+\)\);/g
  const count = (code.match(pattern) ?? []).length
  if (count !== 1) throw new Error(`${file}: expected one web-tree-sitter import of 'module', found ${count}`)
  return code.replace(pattern, "const { createRequire } = await import('node:module');")
}

try {
  const action = join(work, 'action')
  const cli = join(work, 'cli')
  await Promise.all([
    build('src/action/index.ts', action, ['--license', 'licenses.txt']),
    build('src/cli/index.ts', cli)
  ])
  for (const bundle of [join(action, 'index.js'), join(cli, 'index.js')])
    writeFileSync(
      bundle,
      withNativeModuleImport(withoutTokenLogging(readFileSync(bundle, 'utf8'), bundle), bundle)
    )
  // The HCL parser's WASM (formats/terraform/hcl.ts looks for it beside the running bundle).
  for (const out of [action, cli])
    for (const [from, name] of WASM_FILES) cpSync(join('node_modules', from), join(out, name))
  // The CLI is run directly as `testkube-istio-guard`: give it a shebang and the executable bit.
  const cliMain = join(cli, 'index.js')
  const text = readFileSync(cliMain, 'utf8')
  if (!text.startsWith('#!')) writeFileSync(cliMain, `#!/usr/bin/env node\n${text}`)
  chmodSync(cliMain, 0o755)

  rmSync('dist', { recursive: true, force: true })
  cpSync(action, 'dist', { recursive: true })
  cpSync(cli, 'dist/cli', { recursive: true })
} catch (err) {
  console.error(err.message)
  process.exitCode = 1
} finally {
  rmSync(work, { recursive: true, force: true })
}
