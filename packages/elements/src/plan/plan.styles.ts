import { css } from 'lit';
import { formStyles, sharedStyles, widgetContentStyles } from '../styles/shared.js';
import { skeletonStyles } from '../styles/skeleton.js';
import { stackedTableStyles } from '../styles/stacked-table.js';
import { token } from '../styles/tokens.js';

export const planStyles = [
  sharedStyles,
  widgetContentStyles,
  formStyles,
  // The status select, 'Gem status' and 'Ret' are in the table: all eight columns need about 60em.
  stackedTableStyles('60em'),
  skeletonStyles('60em'),
  css`
    :host {
      max-width: 72em;
    }

    section {
      margin-top: ${token('--uf-space-l')};
    }

    ul,
    ol {
      margin: 0 0 ${token('--uf-space-s')};
      padding-left: 1.25rem;
    }

    li {
      margin-bottom: 0.25rem;
    }

    blockquote {
      margin: 0 0 ${token('--uf-space-s')};
      padding-left: ${token('--uf-space-m')};
      border-left: 4px solid ${token('--uf-color-primary')};
    }

    .life-goal-text {
      font-size: ${token('--uf-font-size-heading')};
      font-weight: 600;
    }

    .muted,
    .kind {
      color: ${token('--uf-color-text-muted')};
    }

    .kind {
      font-weight: 600;
      margin-right: 0.25rem;
    }

    .badge {
      font-weight: 600;
      margin-right: 0.25rem;
    }

    .community {
      font-weight: 600;
    }

    .warning,
    .action.overdue,
    .save-problem {
      background: ${token('--uf-color-notice-surface')};
      border-left: 6px solid ${token('--uf-color-notice-border')};
      padding: ${token('--uf-space-s')} ${token('--uf-space-m')};
      list-style: none;
    }

    [part='warnings'],
    .actions-list {
      padding-left: 0;
    }

    .actions-list .action {
      list-style: none;
      padding: ${token('--uf-space-s')} ${token('--uf-space-m')};
      border-left: 6px solid ${token('--uf-color-surface-muted')};
    }

    .actions-list .action.overdue {
      border-left-color: ${token('--uf-color-notice-border')};
    }

    /* 600, not 700: DKFDS's bold, and the weight a page serving IBM Plex Sans has (400 and 600). */
    .overdue-marker {
      font-weight: 600;
    }

    .save-problem {
      margin: ${token('--uf-space-m')} 0;
    }

    .save-problem .label {
      font-weight: 600;
      margin-bottom: 0.25rem;
    }

    /* The timeline: bars positioned by fractions the SDK derived (--from, --to), today as a line. */
    .timeline {
      margin: 0 0 ${token('--uf-space-l')};
    }

    figcaption {
      font-weight: 600;
      margin-bottom: ${token('--uf-space-s')};
    }

    .axis {
      position: relative;
      height: 1.5rem;
      margin-left: calc(min(14rem, 30%) + ${token('--uf-space-s')});
      font-size: ${token('--uf-font-size-small')};
    }

    .today-label {
      position: absolute;
      left: calc(var(--today) * 100%);
      transform: translateX(-50%);
      font-weight: 600;
    }

    .units {
      list-style: none;
      padding: 0;
    }

    .unit-row {
      display: grid;
      grid-template-columns: min(14rem, 30%) 1fr;
      gap: ${token('--uf-space-s')};
      padding: ${token('--uf-space-s')} 0;
      border-top: 1px solid ${token('--uf-color-surface-muted')};
    }

    .unit-name {
      font-weight: 600;
      font-size: ${token('--uf-font-size-small')};
    }

    .bars {
      list-style: none;
      padding: 0;
      margin: 0;
    }

    .bar-row {
      margin-bottom: ${token('--uf-space-s')};
    }

    .track {
      position: relative;
      display: block;
      height: 0.75rem;
      background: ${token('--uf-color-surface-muted')};
      border-radius: ${token('--uf-radius')};
    }

    .track::after {
      content: '';
      position: absolute;
      top: -0.25rem;
      bottom: -0.25rem;
      left: calc(var(--today) * 100%);
      border-left: 2px solid ${token('--uf-color-error')};
    }

    .bar {
      position: absolute;
      top: 0;
      bottom: 0;
      left: calc(var(--from) * 100%);
      width: max(4px, calc((var(--to) - var(--from)) * 100%));
      border-radius: ${token('--uf-radius')};
      background: ${token('--uf-color-primary')};
    }

    .bar.status-planned {
      background: ${token('--uf-color-surface')};
      border: 2px dashed ${token('--uf-color-primary')};
    }

    .bar.status-paused {
      background: repeating-linear-gradient(45deg, ${token('--uf-color-primary')} 0 4px, ${token('--uf-color-surface')} 4px 8px);
    }

    .bar.status-completed {
      background: ${token('--uf-color-success')};
    }

    .bar.status-stopped {
      background: ${token('--uf-color-border')};
    }

    .bar.starts-before {
      border-top-left-radius: 0;
      border-bottom-left-radius: 0;
    }

    .bar.ends-after {
      border-top-right-radius: 0;
      border-bottom-right-radius: 0;
    }

    .bar-label {
      display: block;
      font-size: ${token('--uf-font-size-small')};
    }

    /* By the widget's own width: in a narrow column the unit's name goes above its bars rather than
       breaking inside a word beside them. */
    @container (max-width: 40em) {
      .unit-row {
        grid-template-columns: 1fr;
      }

      .axis {
        margin-left: 0;
      }
    }

    .table-wrap {
      /* The containing block of the visually hidden labels inside, or they escape the scrolling
         and widen the page (WCAG 1.4.10 reflow). */
      position: relative;
      overflow-x: auto;
      margin-bottom: ${token('--uf-space-m')};
    }

    table {
      border-collapse: collapse;
      width: 100%;
      font-size: ${token('--uf-font-size-small')};
    }

    caption {
      text-align: left;
      font-weight: 600;
      padding-bottom: ${token('--uf-space-s')};
    }

    th,
    td {
      text-align: left;
      vertical-align: top;
      padding: ${token('--uf-space-s')};
      border-bottom: 1px solid ${token('--uf-color-border')};
    }

    tbody tr:nth-child(even) {
      background: ${token('--uf-color-surface-muted')};
    }

    .overdue-cell {
      background: ${token('--uf-color-notice-surface')};
    }

    .status-edit {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem;
    }

    /* A status picked and not saved says so in words; the timeline keeps the saved one. */
    .unsaved {
      margin: 0.25rem 0 0;
      padding-left: ${token('--uf-space-s')};
      border-left: 4px solid ${token('--uf-color-notice-border')};
      font-weight: 600;
    }

    /* A double offer is a warning, not an error: the professional may still go ahead (a handover). */
    .field-warning {
      background: ${token('--uf-color-notice-surface')};
      border-left: 6px solid ${token('--uf-color-notice-border')};
      padding: ${token('--uf-space-s')};
      margin: ${token('--uf-space-s')} 0 0;
    }

    td .field-problem {
      margin: 0.25rem 0 0;
    }

    .note-form,
    .comment-form {
      margin-top: ${token('--uf-space-m')};
    }

    .plan-form {
      margin-top: ${token('--uf-space-m')};
      padding: ${token('--uf-space-m')};
      border: 1px solid ${token('--uf-color-border')};
      border-radius: ${token('--uf-radius')};
      max-width: 40rem;
    }

    .plan-form input:not([type='checkbox']):not([type='radio']),
    .plan-form select {
      width: 100%;
    }

    .field-row {
      display: flex;
      flex-wrap: wrap;
      gap: 0 ${token('--uf-space-m')};
    }

    .field-row > .field {
      flex: 1 1 12rem;
    }

    .inline-button {
      margin-left: ${token('--uf-space-s')};
    }

    .error {
      border-left: 6px solid ${token('--uf-color-error')};
      padding: ${token('--uf-space-m')};
    }
  `,
];
