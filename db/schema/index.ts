export * from './users';
export * from './orgs';
export * from './api-keys';
export * from './audit';
export * from './auth-tokens';
export * from './email';
export * from './rate-limits';
export * from './leads';
