// GET/POST /api/auth/* - Auth.js endpoints (OAuth callbacks, magic links, session, CSRF, sign-out)
export { GET, POST } from '@/app/(auth)/handlers';
