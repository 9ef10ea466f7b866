import { z } from 'zod';

// The page's CSP forbids eval: tell zod not to probe for `new Function` (which would log a CSP violation).
z.config({ jitless: true });
