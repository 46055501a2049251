import { Parser, Lexer, parseAllDocuments } from 'yaml'
import { readFileSync } from 'node:fs'
for (const f of ['deep-flow.yaml', 'deep-block.yaml']) {
  const t = readFileSync('/tmp/rb/r/' + f, 'utf8')
  let t0 = performance.now()
  try { let n = 0; for (const tok of new Lexer().lex(t)) n++; console.log(f, 'lex ok', n, performance.now() - t0) } catch (e) { console.log(f, 'lex', e.message) }
  t0 = performance.now()
  try { const toks = [...new Parser().parse(t)]; console.log(f, 'parse ok', toks.length, performance.now() - t0) } catch (e) { console.log(f, 'parse', e.message) }
  try { const d = parseAllDocuments(t); console.log(f, 'pad', d.map(x=>x.errors.map(e=>e.message.slice(0,80)))) } catch (e) { console.log(f, 'pad throws', e.message) }
}
function depthTest(n, kind) {
  const t = kind === 'flow' ? 'a: ' + '['.repeat(n) + ']'.repeat(n) : Array.from({length: n}, (_, i) => ' '.repeat(i) + 'k:').join('\n')
  try { const d = parseAllDocuments(t); if (d[0].errors.length) return 'err ' + d[0].errors[0].message.slice(0, 40); d[0].toJS(); return 'ok' } catch (e) { return 'throw ' + e.message }
}
for (const n of [100, 200, 500, 800, 1000, 2000, 5000]) console.log(n, depthTest(n, 'flow'), depthTest(n, 'block'))
