import { it } from '@jest/globals'
import { scan } from '../../../engine/scan.js'
import { argocdApplicationReader } from '../index.js'
import { argocdApplicationSetReader } from '../../argocd-applicationset/index.js'
it('scan', async () => {
  for (const c of (process.env.CASES ?? '').split(',')) {
    const r = await scan({
      root: c,
      readers: [argocdApplicationReader, argocdApplicationSetReader],
      repoUrls: (process.env.URLS ?? 'https://github.com/acme/gitops').split(',')
    })
    process.stdout.write(
      `== ${c}\n` +
        r.findings
          .map(f => `${f.ruleId} ${f.releaseId} ${f.path} fixable=${f.fixable} ${f.file}:${f.line}`)
          .join('\n') +
        '\n' +
        r.fixes.map(f => f.diff).join('\n') +
        '\nERR ' +
        JSON.stringify(r.errors) +
        '\n'
    )
  }
})
