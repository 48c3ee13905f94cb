import { ProfileRow } from "@/components/profile/profile-row";
import { Section } from "@/components/ui/section";
import type { ProfileCard } from "@/lib/profiles/dto";

export function ProfileListSection({ title, profiles }: { title: string; profiles: ProfileCard[] }) {
  return (
    <Section title={title}>
      <div className="divide-y divide-line">
        {profiles.map((p) => (
          <ProfileRow key={p.id} profile={p} />
        ))}
      </div>
    </Section>
  );
}
