/** Zeewind's mark: a wave on a rounded square in the current text colour; `wave` colours the wave. */
export function LogoMark({ wave }: { wave: string }) {
  return (
    <svg class="logo-mark" viewBox="0 0 32 32" width="28" height="28" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="8" fill="currentColor" />
      <path d="M5 19c4-5 7-5 11 0s7 5 11 0" fill="none" stroke={wave} stroke-width="3" stroke-linecap="round" />
    </svg>
  );
}
