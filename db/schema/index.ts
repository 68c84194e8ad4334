export * from './users';
export * from './orgs';
export * from './api-keys';
export * from './audit';
