import { useTranslations } from "next-intl";
import { ButtonLink } from "@/components/ui/button";

export default function ProfileNotFound() {
  const t = useTranslations("profile.notFound");
  return (
    <div className="py-16 text-center">
      <p className="text-sm font-semibold uppercase tracking-wide text-accent-500">404</p>
      <h1 className="mt-2 text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2 text-muted">{t("text")}</p>
      <div className="mt-6 flex justify-center gap-3">
        <ButtonLink href="/search">{t("search")}</ButtonLink>
        <ButtonLink href="/" variant="secondary">
          {t("home")}
        </ButtonLink>
      </div>
    </div>
  );
}
