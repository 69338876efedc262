// Copies the design system, htmx and Bridgeway's own assets into the jar's static folder.
import { cpSync, mkdirSync, copyFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = process.env.ASSETS_OUT || join(here, '..', 'target', 'classes', 'static', 'assets');
const nhsuk = join(here, 'node_modules', 'nhsuk-frontend', 'dist', 'nhsuk');

mkdirSync(join(out, 'js'), { recursive: true });
mkdirSync(join(out, 'css'), { recursive: true });
cpSync(join(nhsuk, 'assets', 'images'), join(out, 'images'), { recursive: true });
copyFileSync(join(nhsuk, 'assets', 'manifest.json'), join(out, 'manifest.json'));
copyFileSync(join(nhsuk, 'nhsuk-frontend.min.css'), join(out, 'css', 'nhsuk-frontend.min.css'));
copyFileSync(join(nhsuk, 'nhsuk-frontend.min.js'), join(out, 'js', 'nhsuk-frontend.min.js'));
copyFileSync(join(here, 'node_modules', 'htmx.org', 'dist', 'htmx.min.js'), join(out, 'js', 'htmx.min.js'));
cpSync(join(here, 'src'), out, { recursive: true });
console.log(`Bridgeway assets written to ${out}`);
