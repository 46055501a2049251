/** Test support for the fixer: edit builders and fixture files. */
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { NodePath, PlannedEdit, ValuePath } from '../../model.js'
import { splitSetPath } from '../../values/setpath.js'

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', '__fixtures__')

export const INJECT = 'sidecar.istio.io/inject'
export const PROXY = 'proxy.istio.io/config'

export function readFixture(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8')
}

/**
 * The expected result of fixing `name`, from `<name without .yaml>.fixed.yaml`. With UPDATE_FIX_GOLDEN=1 the
 * golden file is (re)written from `actual` instead: review the diff before keeping it.
 */
export function golden(name: string, actual: string): string {
  const file = join(FIXTURES, name.replace(/\.yaml$/, '.fixed.yaml'))
  if (process.env.UPDATE_FIX_GOLDEN === '1') writeFileSync(file, actual)
  return readFileSync(file, 'utf8')
}

/** A `--set` path as the edit's key path: `a.b.sidecar\.istio\.io/inject`. */
export function p(setPath: string): ValuePath {
  return splitSetPath(setPath).map(String)
}

interface EditOpts {
  file?: string
  docIndex?: number
  ruleId?: string
}

export function mapEdit(nodePath: NodePath, path: string, value: unknown, o: EditOpts = {}): PlannedEdit {
  return {
    target: { type: 'yaml-map', file: o.file ?? 'f.yaml', docIndex: o.docIndex ?? 0, nodePath },
    path: p(path),
    op: 'set',
    value,
    ruleId: o.ruleId ?? 'TKI001',
    releaseId: 'r'
  }
}

export function proxyEdit(nodePath: NodePath, path: string, o: EditOpts = {}): PlannedEdit {
  return {
    ...mapEdit(nodePath, path, { holdApplicationUntilProxyStarts: true }, { ruleId: 'TKI007', ...o }),
    op: 'merge-proxy-config'
  }
}

export function embeddedEdit(
  nodePath: NodePath,
  path: string,
  value: unknown,
  o: EditOpts = {}
): PlannedEdit {
  return {
    ...mapEdit(nodePath, path, value, o),
    target: { type: 'yaml-embedded', file: o.file ?? 'f.yaml', docIndex: o.docIndex ?? 0, nodePath }
  }
}

export function setListEdit(
  nodePath: NodePath,
  path: string,
  value: unknown,
  style: 'argocd' | 'helmfile',
  o: EditOpts & { forceString?: boolean } = {}
): PlannedEdit {
  return {
    ...mapEdit(nodePath, path, value, o),
    target: { type: 'set-list', file: o.file ?? 'f.yaml', docIndex: o.docIndex ?? 0, nodePath, style },
    forceString: o.forceString ?? style === 'argocd'
  }
}
