import { describe, it } from 'vitest';
import { useDemoBlog } from './blogs';
import { useFreshOrigin } from './harness';

// Chromium logs each fetch a site refuses for want of CORS headers: here, that is the point.
const app = useFreshOrigin(undefined, { tolerate: /blocked by CORS policy/ });
const blog = useDemoBlog(app);

describe('a WordPress site that cannot be read', () => {
  it.each([
    [{ restDisabled: true }, 'The blog’s reading interface is switched off'],
    [{ login: true }, 'The blog asks for a login'],
    [{ cors: false }, 'The blog does not let reading apps in'],
  ] as const)('says plainly why a site cannot be read (%o)', async (options, title) => {
    const page = await blog.wordpress(options, (origin) => `${origin}/wp-json/`);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByText(/config\.json names http:\/\/127\.0\.0\.1/).waitFor();
  });
});
