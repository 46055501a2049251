/**
 * The corpus tests (`npm run test:corpus`): real public GitOps repositories in ../shared/corpus beside the
 * checkout. CI has them; a fresh clone does not, so `npm test` leaves them out and this run fails loudly
 * when the corpus is missing (the first corpus test checks that it is there).
 */
import base from './jest.config.js'

export default {
  ...base,
  testMatch: ['<rootDir>/__tests__/corpus/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/build/']
}
