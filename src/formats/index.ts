/** Every format reader, in the order they run. Adding a format means adding one line here. */
import type { FormatReader } from './types.js'

export const ALL_READERS: readonly FormatReader[] = []
