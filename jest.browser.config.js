// `npm run test:browser`: real Chromium (Debian's /usr/bin/chromium) against the real app.
const { project } = require('./jest.shared');

module.exports = {
  projects: [project('browser', ['<rootDir>/test/browser/**/*.browser-spec.ts'], { testTimeout: 120000 })],
  maxWorkers: 1,
};
