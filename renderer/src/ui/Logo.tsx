// PlanDesk's mark: a plan's outline (chapters and their actions) on a desk-blue tile.
export function Logo({ size = 24 }: { size?: number }) {
  return (
    <svg className="logo" width={size} height={size} viewBox="0 0 24 24" aria-hidden="true">
      <rect width="24" height="24" rx="5" fill="var(--brand)" />
      <rect x="5" y="5.5" width="9" height="2.4" rx="1.2" fill="var(--text-inverse)" />
      <rect x="8" y="10.8" width="11" height="2.4" rx="1.2" fill="var(--text-inverse)" opacity="0.85" />
      <rect x="8" y="16.1" width="7" height="2.4" rx="1.2" fill="var(--text-inverse)" opacity="0.85" />
    </svg>
  );
}
