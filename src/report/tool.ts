/** The tool's identity in every report: name and version come from package.json, so they are spelled once. */
import pkg from '../../package.json' with { type: 'json' }
import { DOCS_BASE_URL } from '../rules/catalogue.js'

export const TOOL_NAME: string = pkg.name
export const TOOL_VERSION: string = pkg.version
/** The project's home page: the repository the rule docs live in. */
export const TOOL_URL: string = DOCS_BASE_URL.replace(/\/blob\/.*$/, '')
