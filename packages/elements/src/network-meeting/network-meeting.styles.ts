import { css } from 'lit';
import { formStyles, secondaryTextStyles, sharedStyles, widgetContentStyles } from '../styles/shared.js';
import { quickFormStyles } from '../styles/quick-forms.js';
import { skeletonStyles } from '../styles/skeleton.js';
import { termListStyles } from '../styles/term-list.js';
import { token } from '../styles/tokens.js';

export const networkMeetingStyles = [
  sharedStyles,
  widgetContentStyles,
  formStyles,
  skeletonStyles(),
  termListStyles,
  quickFormStyles,
  secondaryTextStyles,
  css`
    .terms {
      --term-width: 7em;
    }

    .label {
      font-weight: 600;
    }

    section + section {
      margin-top: ${token('--uf-space-l')};
    }

    .plain,
    .agenda,
    .decisions,
    .points {
      margin: 0 0 ${token('--uf-space-s')};
    }

    .plain {
      list-style: none;
      padding: 0;
    }

    /* The remove button right after the name it belongs to, not across a wide box. */
    .row {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: ${token('--uf-space-s')};
      padding: 0.25rem 0;
      border-bottom: 1px solid ${token('--uf-color-border')};
    }

    .agenda-item {
      margin-bottom: ${token('--uf-space-s')};
    }

    /* The young person's own points come first, and look it. */
    .agenda-item.youth-point,
    .agenda-item.planWarning,
    .agenda-item.lifeGoalChanged {
      padding-left: ${token('--uf-space-s')};
      border-left: 4px solid ${token('--uf-color-notice-border')};
    }

    .follow-up {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: ${token('--uf-space-s')};
      margin-top: 0.25rem;
    }

    button[aria-pressed='true'] {
      border-width: 3px;
      border-color: ${token('--uf-color-primary')};
      font-weight: 600;
    }

    .decision {
      padding: ${token('--uf-space-s')} 0;
      border-bottom: 1px solid ${token('--uf-color-border')};
    }

    .decision p,
    .meeting > p {
      margin: 0 0 0.25rem;
    }

    .decision .actions {
      margin: ${token('--uf-space-s')} 0 0;
    }

    .in-plan {
      font-weight: 600;
    }

    .minutes.shared {
      background: ${token('--uf-color-surface-muted')};
      border-radius: ${token('--uf-radius')};
      padding: 0.25rem ${token('--uf-space-s')};
    }

    .meeting + .meeting {
      margin-top: ${token('--uf-space-l')};
      padding-top: ${token('--uf-space-m')};
      border-top: 1px solid ${token('--uf-color-border')};
    }

    button.link {
      text-align: left;
    }

    /* The young person's "Næste møde" stands above the meetings, and a meeting's heading above its sections. */
    #next-title,
    #earlier-title {
      font-size: ${token('--uf-font-size-heading')};
    }

    #meeting-title {
      font-size: 1.125em;
    }

    #earlier-title,
    .next-meeting {
      margin-top: ${token('--uf-space-l')};
    }

    .next-meeting {
      padding-top: ${token('--uf-space-m')};
      border-top: 1px solid ${token('--uf-color-border')};
    }

    /* While a form is open the other buttons wait: say so by more than the cursor. */
    button:disabled {
      border-style: dashed;
      color: ${token('--uf-color-text-muted')};
      background: ${token('--uf-color-surface')};
      cursor: not-allowed;
    }
  `,
];
