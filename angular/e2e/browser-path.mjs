// Which Debian Chromium the browser tests drive (ADR-009): CHROMIUM_PATH when set, else Debian's headless shell
// (package chromium-headless-shell), else Debian's full browser (package chromium).
import { existsSync } from 'node:fs';

const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';
const FULL_BROWSER = '/usr/bin/chromium';

export function chromiumPath() {
  return process.env.CHROMIUM_PATH ?? (existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : FULL_BROWSER);
}
