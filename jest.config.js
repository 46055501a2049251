/** Jest runs in native ESM (--experimental-vm-modules) because @actions/core 3 and @actions/github 9 are ESM-only. */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  resolver: 'ts-jest-resolver',
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', useESM: true }]
  },
  testMatch: ['**/__tests__/**/*.test.ts'],
  // The corpus tests need ../shared/corpus beside the checkout, which only CI has: `npm run test:corpus`.
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/build/', '<rootDir>/__tests__/corpus/'],
  modulePathIgnorePatterns: ['<rootDir>/dist/', '<rootDir>/build/'],
  testTimeout: 60000
}
