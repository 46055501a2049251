/** The action's entry point: only runs it (all logic is in main.ts, which tests import without side effects). */
import { run } from './main.js'

await run()
