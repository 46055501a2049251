/**
 * The JSON Schema of the repository config file (`.testkube-istio-guard.yaml`). The tool validates with it, and
 * the same text is published as docs/schema/config.schema.json for editors (a `# yaml-language-server: $schema=`
 * line); src/config/__tests__/schema.test.ts keeps the two identical. Rules the schema cannot say (a rule code
 * the catalogue does not know, a glob, a version) are checked in ./parse.ts.
 */

export const CONFIG_FILE_NAME = '.testkube-istio-guard.yaml'

export const CONFIG_SCHEMA_URL =
  'https://github.com/testkube-istio-guard/testkube-istio-guard/raw/main/docs/schema/config.schema.json'

const glob = {
  type: 'string',
  minLength: 1,
  description: 'A glob (picomatch) against repository-relative paths.'
}
const globs = { type: 'array', items: glob }
const releaseName = {
  type: 'string',
  minLength: 1,
  pattern: '^[^/\\s]+(/[^/\\s]+)?$',
  description: 'A release name, or namespace/name.'
}
const reason = { type: 'string', minLength: 1, pattern: '\\S', description: 'Why this is accepted.' }

export const CONFIG_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: CONFIG_SCHEMA_URL,
  title: 'testkube-istio-guard repository configuration',
  description:
    'Configuration of testkube-istio-guard, read from .testkube-istio-guard.yaml at the scanned directory or from --config. Command-line flags and Action inputs override it.',
  type: 'object',
  additionalProperties: false,
  properties: {
    include: { ...globs, description: 'Only scan YAML files matching these globs (like --include).' },
    exclude: { ...globs, description: 'Skip files matching these globs (like --exclude).' },
    failOn: {
      enum: ['error', 'warning', 'never'],
      description: 'Fail when a finding at or above this level remains (like --fail-on).'
    },
    nativeSidecars: {
      enum: ['auto', 'on', 'off'],
      description: 'Whether Istio native sidecars are on (like --native-sidecars).'
    },
    chartVersions: {
      type: 'array',
      description: 'Versions for releases whose chart version is unknown; the first entry that matches wins.',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['version'],
        properties: {
          chart: { enum: ['testkube', 'testkube-enterprise', 'testkube-runner'] },
          release: releaseName,
          path: { ...glob, description: 'A glob against the file that declares the release.' },
          version: { type: 'string', minLength: 1, description: 'A version or a version range.' }
        }
      }
    },
    mesh: {
      type: 'array',
      description:
        'How the mesh treats releases by path glob or namespace; for each setting, the last entry that matches wins.',
      items: {
        type: 'object',
        additionalProperties: false,
        properties: {
          path: { ...glob, description: 'A glob against the file that declares the release.' },
          namespace: { type: 'string', minLength: 1 },
          nativeSidecars: { enum: ['auto', 'on', 'off'] },
          injection: {
            enum: ['enabled', 'disabled'],
            description:
              'disabled: Istio injects no sidecar into these releases, so the sidecar rules are suppressed.'
          },
          reason
        }
      }
    },
    ignore: {
      type: 'array',
      description: 'Accepted findings. An entry suppresses the findings it matches until it expires.',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['rule', 'reason'],
        properties: {
          rule: {
            type: 'string',
            pattern: '^(TKI\\d{3}|\\*)$',
            description: 'A rule code, or * for every rule.'
          },
          path: { ...glob, description: 'A glob against the file of the finding or of its release.' },
          release: releaseName,
          reason,
          expires: {
            type: 'string',
            format: 'date',
            description:
              'YYYY-MM-DD: the last day the entry suppresses; afterwards it is a TKI901 warning and suppresses nothing.'
          }
        }
      }
    },
    rules: {
      type: 'object',
      description: 'Per rule code: the level its findings are reported at, or off.',
      propertyNames: { pattern: '^TKI\\d{3}$' },
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        required: ['level'],
        properties: { level: { enum: ['error', 'warning', 'note', 'off'] } }
      }
    }
  }
} as const
