import { css } from 'lit';
import { controlHeight, formStyles, secondaryTextStyles, sharedStyles, widgetContentStyles } from '../styles/shared.js';
import { skeletonStyles } from '../styles/skeleton.js';
import { termListStyles } from '../styles/term-list.js';
import { token } from '../styles/tokens.js';

export const needsBankStyles = [
  sharedStyles,
  widgetContentStyles,
  formStyles,
  skeletonStyles(),
  termListStyles,
  secondaryTextStyles,
  css`
    .none,
    .proposal-status {
      color: ${token('--uf-color-text-muted')};
    }

    .count {
      font-weight: 600;
      margin: 0;
    }

    .top-actions {
      margin-bottom: ${token('--uf-space-m')};
    }

    .count-row {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: ${token('--uf-space-s')};
      margin-bottom: ${token('--uf-space-m')};
    }

    .needs,
    .proposals {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: ${token('--uf-space-m')};
    }

    .need {
      border: 1px solid ${token('--uf-color-border')};
      border-radius: ${token('--uf-radius')};
      padding: ${token('--uf-space-m')};
    }

    .proposals {
      gap: ${token('--uf-space-s')};
    }

    /* Names the list of proposals: a label, not a heading, so a proposal's heading stays one level below its need's. */
    .proposals-label {
      font-weight: 600;
      margin-top: ${token('--uf-space-m')};
    }

    .proposal {
      border-left: 4px solid ${token('--uf-color-border')};
      padding-left: ${token('--uf-space-m')};
    }

    .proposal.open {
      border-left-color: ${token('--uf-color-primary')};
    }

    /* The young person's words, set apart from what professionals wrote about them. */
    .words {
      margin: ${token('--uf-space-s')} 0;
      padding: ${token('--uf-space-s')} ${token('--uf-space-m')};
      background: ${token('--uf-color-surface-muted')};
      border-radius: ${token('--uf-radius')};
      font-style: italic;
    }

    .badge {
      display: inline-block;
      padding: 0 0.4em;
      border: 1px solid currentColor;
      border-radius: ${token('--uf-radius')};
      font-weight: 600;
      color: ${token('--uf-color-text')};
    }

    .facts {
      margin: ${token('--uf-space-s')} 0;
    }

    .facts {
      --term-width: 8em;
    }

    .form {
      margin: ${token('--uf-space-m')} 0;
      padding: ${token('--uf-space-m')};
      border: 1px solid ${token('--uf-color-border')};
      border-radius: ${token('--uf-radius')};
    }

    /* A goal's or an offer's name can be long: the fields take the form's width, never more (WCAG 1.4.10). */
    .form select,
    .form input:not([type='checkbox']) {
      display: block;
      box-sizing: border-box;
      width: 100%;
      max-width: 100%;
    }

    .check {
      display: flex;
      gap: ${token('--uf-space-s')};
      align-items: center;
      min-height: ${controlHeight};
      margin-top: ${token('--uf-space-s')};
    }

    .check label {
      margin: 0;
    }

    .notice,
    .write-problem {
      padding: ${token('--uf-space-s')} ${token('--uf-space-m')};
      border-left: 6px solid ${token('--uf-color-notice-border')};
      background: ${token('--uf-color-notice-surface')};
      margin: ${token('--uf-space-s')} 0;
    }

    .write-problem {
      border-left-color: ${token('--uf-color-error')};
    }
  `,
];
