import type { SVGProps } from "react";

type IconProps = SVGProps<SVGSVGElement>;

function Icon({ children, ...props }: IconProps & { children: React.ReactNode }) {
  return (
    <svg viewBox="0 0 24 24" width="20" height="20" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" {...props}>
      {children}
    </svg>
  );
}

export const HomeIcon = (p: IconProps) => <Icon {...p}><path d="M3 10.5 12 3l9 7.5V20a1 1 0 0 1-1 1h-5v-6h-6v6H4a1 1 0 0 1-1-1z" /></Icon>;
export const CompassIcon = (p: IconProps) => <Icon {...p}><circle cx="12" cy="12" r="9" /><path d="m15.5 8.5-2 5-5 2 2-5z" /></Icon>;
export const TicketIcon = (p: IconProps) => <Icon {...p}><path d="M3 8a2 2 0 0 0 2-2h14a2 2 0 0 0 2 2v2a2 2 0 0 0 0 4v2a2 2 0 0 0-2 2H5a2 2 0 0 0-2-2v-2a2 2 0 0 0 0-4z" /><path d="M13 6v12" strokeDasharray="2 2" /></Icon>;
export const SearchIcon = (p: IconProps) => <Icon {...p}><circle cx="11" cy="11" r="7" /><path d="m20 20-3.5-3.5" /></Icon>;
export const ChatIcon = (p: IconProps) => <Icon {...p}><path d="M21 12a8 8 0 0 1-11.6 7.1L4 20l1-4.6A8 8 0 1 1 21 12z" /></Icon>;
export const BellIcon = (p: IconProps) => <Icon {...p}><path d="M6 8a6 6 0 1 1 12 0c0 7 3 8 3 8H3s3-1 3-8" /><path d="M10 20a2 2 0 0 0 4 0" /></Icon>;
export const BagIcon = (p: IconProps) => <Icon {...p}><path d="M5 8h14l-1 13H6L5 8z" /><path d="M9 8V6a3 3 0 0 1 6 0v2" /></Icon>;
export const UserIcon = (p: IconProps) => <Icon {...p}><circle cx="12" cy="8" r="4" /><path d="M4 21a8 8 0 0 1 16 0" /></Icon>;
export const StudioIcon = (p: IconProps) => <Icon {...p}><path d="M4 18V6M9 18V9M14 18v-6M19 18V4" /></Icon>;
export const LibraryIcon = (p: IconProps) => <Icon {...p}><path d="M5 4v16M10 4v16M15 5l4 14.5" /></Icon>;
export const SunIcon = (p: IconProps) => <Icon {...p}><circle cx="12" cy="12" r="4" /><path d="M12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4" /></Icon>;
export const MoonIcon = (p: IconProps) => <Icon {...p}><path d="M21 13A9 9 0 1 1 11 3a7 7 0 0 0 10 10z" /></Icon>;
export const PlayIcon = (p: IconProps) => <Icon {...p} fill="currentColor" stroke="none"><path d="M8 5.5v13a1 1 0 0 0 1.5.9l10.4-6.5a1 1 0 0 0 0-1.8L9.5 4.6A1 1 0 0 0 8 5.5z" /></Icon>;
export const PauseIcon = (p: IconProps) => <Icon {...p} fill="currentColor" stroke="none"><rect x="6" y="5" width="4" height="14" rx="1" /><rect x="14" y="5" width="4" height="14" rx="1" /></Icon>;
export const PinIcon = (p: IconProps) => <Icon {...p}><path d="M12 21s7-6.2 7-12a7 7 0 0 0-14 0c0 5.8 7 12 7 12z" /><circle cx="12" cy="9" r="2.5" /></Icon>;
export const CalendarIcon = (p: IconProps) => <Icon {...p}><rect x="3" y="5" width="18" height="16" rx="2" /><path d="M3 10h18M8 3v4M16 3v4" /></Icon>;
export const LogoMark = (p: IconProps) => (
  <svg viewBox="0 0 32 32" width="28" height="28" aria-hidden="true" {...p}>
    <rect width="32" height="32" rx="9" fill="#7c4dff" />
    <path d="M32 14v9a9 9 0 0 1-9 9h-9z" fill="#ff5fa2" opacity="0.85" />
    <path d="M9 19v-6M13 22V10M17 19v-6M21 24V8M25 18v-4" stroke="#fff" strokeWidth="2.4" strokeLinecap="round" />
  </svg>
);
export const NextIcon = (p: IconProps) => <Icon {...p} fill="currentColor" stroke="none"><path d="M6 6.5v11a1 1 0 0 0 1.6.8L15 13v4.5a1 1 0 0 0 2 0v-11a1 1 0 0 0-2 0V11L7.6 5.7A1 1 0 0 0 6 6.5z" /></Icon>;
export const PrevIcon = (p: IconProps) => <Icon {...p} fill="currentColor" stroke="none"><path d="M18 6.5v11a1 1 0 0 1-1.6.8L9 13v4.5a1 1 0 0 1-2 0v-11a1 1 0 0 1 2 0V11l7.4-5.3A1 1 0 0 1 18 6.5z" /></Icon>;
export const QueueIcon = (p: IconProps) => <Icon {...p}><path d="M4 6h16M4 12h10M4 18h10M18 14v6l4-3z" /></Icon>;
export const VolumeIcon = (p: IconProps) => <Icon {...p}><path d="M4 9v6h4l5 4V5L8 9z" /><path d="M16.5 8.5a5 5 0 0 1 0 7" /></Icon>;
export const PlusIcon = (p: IconProps) => <Icon {...p}><path d="M12 5v14M5 12h14" /></Icon>;
export const ShareIcon = (p: IconProps) => <Icon {...p}><path d="M12 3v13M7 8l5-5 5 5M5 14v5a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2v-5" /></Icon>;
