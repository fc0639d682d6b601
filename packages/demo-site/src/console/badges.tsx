import type { CasePriority, CaseStatus, SupportLevel } from '@loket/sdk';
import type { ConsoleTexts } from './console-texts';

// Badges always carry their meaning in words; colour only helps to scan a list.

/** The status of a case as a coloured label. */
export function StatusBadge({ status, texts }: { status: CaseStatus; texts: ConsoleTexts }) {
  return (
    <span class={`badge badge-status-${status}`} data-status={status}>
      {texts.status[status]}
    </span>
  );
}

/** The priority of a case; normal priority stays quiet. */
export function PriorityBadge({ priority, texts }: { priority: CasePriority; texts: ConsoleTexts }) {
  return (
    <span class={`badge badge-priority-${priority}`} data-priority={priority}>
      {texts.priority[priority]}
    </span>
  );
}

/** The support level of a case. */
export function LevelBadge({ level, texts }: { level: SupportLevel; texts: ConsoleTexts }) {
  return <span class="badge badge-level">{texts.level(level)}</span>;
}

/** Marks a case that was escalated at least once. */
export function EscalatedBadge({ texts }: { texts: ConsoleTexts }) {
  return <span class="badge badge-alert">{texts.escalated}</span>;
}

/** Marks a case whose respond-by time has passed. */
export function OverdueBadge({ texts }: { texts: ConsoleTexts }) {
  return <span class="badge badge-alert">{texts.overdue}</span>;
}
