export * from './assessment-machine.ts';
export * from './browser.ts';
export * from './persistence.ts';
