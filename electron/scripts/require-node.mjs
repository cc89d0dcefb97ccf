// Runs first in every npm script. Kept to syntax old Node versions understand, so the
// message appears instead of a syntax error or a native-module crash further on.
var required = 22;
var major = Number(process.versions.node.split('.')[0]);

if (!(major >= required)) {
  console.error(
    'Språkbro trenger Node.js ' + required + ' eller nyere, men dette er Node.js ' + process.versions.node + '.\n' +
      'Installer Node.js ' + required + ' (https://nodejs.org) og prøv igjen.\n' +
      'Språkbro needs Node.js ' + required + ' or newer, but this is Node.js ' + process.versions.node + '.\n' +
      'Install Node.js ' + required + ' (https://nodejs.org) and try again.'
  );
  process.exit(1);
}
