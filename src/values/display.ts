/**
 * A value as a person reads it, the same in the judge's messages and in the reports: strings quoted (so `"false"`
 * and `false` differ), unset said so (a YAML null is unset for Helm too).
 */
export function formatValue(value: unknown, max = 100): string {
  if (value === undefined || value === null) return 'not set'
  let text: string
  try {
    // A string holding double quotes (a proxy config's JSON) reads better single-quoted, as YAML writes it.
    if (typeof value === 'string' && value.includes('"') && !value.includes("'")) text = `'${value}'`
    else text = JSON.stringify(value) ?? String(value)
  } catch {
    text = String(value)
  }
  return text.length > max ? `${text.slice(0, max - 1)}…` : text
}
