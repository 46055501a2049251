/** Umbrella charts whose Chart.yaml depends on a Testkube chart (or istiod). See readme.md. */
import type { FormatReader } from '../types.js'
import { extractUmbrellaCharts, mayContainUmbrella } from './extract.js'

export const helmUmbrellaReader: FormatReader = {
  source: 'helm-umbrella',
  displayName: 'Helm umbrella chart',
  mayContain: mayContainUmbrella,
  extract: extractUmbrellaCharts
}

export {
  chartDirKey,
  identifyDependency,
  readDependencies,
  readUmbrella,
  type Dependency
} from './extract.js'
