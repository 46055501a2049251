/** Placeholder: the fixer helper replaces this file. */
export function unifiedDiff(_file: string, _before: string, _after: string): string {
  return ''
}
