import type { StorybookConfig } from '@storybook/web-components-vite';
import { defaultClientConditions } from 'vite';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.stories.ts'],
  // Docs pages list each element's attributes, events, parts and custom properties from
  // custom-elements.json; the a11y panel runs axe on the story a designer is theming.
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: { disableTelemetry: true },
  async viteFinal(viteConfig) {
    // `source` makes @ungeforlob/* resolve to their TypeScript sources, as in tests and typecheck.
    viteConfig.resolve ??= {};
    viteConfig.resolve.conditions = ['source', ...(viteConfig.resolve.conditions ?? defaultClientConditions)];
    return viteConfig;
  },
};

export default config;
