// The one place the package's identity lives: headers and the README read it from here.
export const SDK_NAME = 'graph-comms-sdk';
export const SDK_VERSION = '0.1.0';
