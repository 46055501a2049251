/** Writing the job summary (rendered by summary.ts) to the step's summary file. */
import * as core from '@actions/core'

/** Append to the step summary; a run outside Actions (no GITHUB_STEP_SUMMARY) skips it. */
export async function writeJobSummary(text: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return
  await core.summary.addRaw(text, true).write()
}
