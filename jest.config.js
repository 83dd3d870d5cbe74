// One jest run, two projects: unit tests (fast, no external processes) and
// integration tests (real git, registry, podman, kubectl, bundled actions).
const base = {
  testEnvironment: 'node',
  setupFiles: ['<rootDir>/test/setup/quiet-masks.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json', diagnostics: false }],
  },
};

export default {
  projects: [
    {
      ...base,
      displayName: 'unit',
      // Unit tests live under test/unit, or beside the module they test (packages/kube/src/status).
      testMatch: ['<rootDir>/{packages,actions}/*/test/unit/**/*.test.ts', '<rootDir>/packages/*/src/**/*.test.ts'],
    },
    {
      ...base,
      displayName: 'integration',
      testMatch: ['<rootDir>/{packages,actions}/*/test/integration/**/*.test.ts', '<rootDir>/test/**/*.test.ts'],
      slowTestThreshold: 30,
    },
    {
      ...base,
      displayName: 'differential',
      // cluster-sim against the real control plane: needs both (tools/build.sh builds the real one).
      testMatch: ['<rootDir>/packages/cluster-sim/test/differential/**/*.test.ts'],
      slowTestThreshold: 120,
    },
  ],
  maxWorkers: 2,
  testTimeout: 120000,
};
