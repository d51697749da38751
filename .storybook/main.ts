import type { StorybookConfig } from '@storybook/web-components-vite';
import { defaultClientConditions } from 'vite';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.stories.ts'],
  core: { disableTelemetry: true },
  async viteFinal(viteConfig) {
    // `source` makes @ungeforlob/* resolve to their TypeScript sources, as in tests and typecheck.
    viteConfig.resolve ??= {};
    viteConfig.resolve.conditions = ['source', ...(viteConfig.resolve.conditions ?? defaultClientConditions)];
    return viteConfig;
  },
};

export default config;
