/** Placeholder: the judge helper replaces this file (merge layers, evaluate the catalogue, plan edits). */
import type { Finding, PlannedEdit, Release } from '../model.js'

export function judgeRelease(_release: Release): { findings: Finding[]; edits: PlannedEdit[] } {
  return { findings: [], edits: [] }
}
