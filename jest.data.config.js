// `npm run test:data`: suites that read the third-party material in SHARED_DATA_DIR.
const { project } = require('./jest.shared');

module.exports = {
  // Global, not per project: Jest ignores testTimeout inside a project.
  testTimeout: 120000,
  projects: [project('data', ['<rootDir>/src/**/*.data-spec.ts', '<rootDir>/test/**/*.data-spec.ts'])],
};
