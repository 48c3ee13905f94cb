"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage, SelectField, TextField } from "@/components/ui/field";
import { updateReleaseAction } from "@/lib/music/actions";
import type { ReleaseForEdit } from "@/lib/studio/queries";

/** datetime-local wants local wall time without a zone; the browser sends it back in the same zone. */
const localInput = (d: Date) => new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);

export function ReleaseDetailsForm({ release, scheduled }: { release: Omit<ReleaseForEdit, "tracks">; scheduled: boolean }) {
  const [state, action, pending] = useActionState(updateReleaseAction, { ok: false });
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  return (
    <form
      action={(form) => {
        // The visitor's wall time, as an instant: the server stores UTC.
        const at = form.get("releaseAtLocal");
        if (typeof at === "string" && at) form.set("releaseAt", new Date(at).toISOString());
        form.delete("releaseAtLocal");
        action(form);
      }}
      className="space-y-4"
      noValidate
    >
      <input type="hidden" name="releaseId" value={release.id} />
      <FormMessage message={state.message} tone={state.ok ? "success" : "error"} />
      <div className="grid gap-4 sm:grid-cols-2" key={JSON.stringify(v)}>
        <TextField id="release-title" label="Title" name="title" maxLength={120} defaultValue={v.title ?? release.title} error={e.title} />
        <SelectField id="release-kind" label="Type" name="kind" defaultValue={v.kind ?? release.kind} error={e.kind}>
          <option value="single">Single</option>
          <option value="ep">EP</option>
          <option value="album">Album</option>
        </SelectField>
        <TextField id="release-genre" label="Genre" name="genre" maxLength={40} defaultValue={v.genre ?? release.genre} error={e.genre} />
        {scheduled ? (
          <TextField id="release-at" label="Release date and time (your time zone)" name="releaseAtLocal" type="datetime-local" defaultValue={localInput(release.releaseAt)} error={e.releaseAt} hint="Move it to another future moment; followers hear about it then." />
        ) : (
          <div className="space-y-1.5">
            <p className="text-sm font-medium">Release date</p>
            <p className="text-sm text-muted">Out since {release.releaseAt.toISOString().slice(0, 10)}. A release that is out keeps its date.</p>
          </div>
        )}
        <TextField id="release-copyright" label="Copyright line" name="copyright" maxLength={200} placeholder="℗ 2026 Nova Lane" defaultValue={v.copyright ?? release.copyright} error={e.copyright} />
        <TextField id="release-upc" label="UPC / EAN (optional)" name="upc" inputMode="numeric" defaultValue={v.upc ?? release.upc ?? ""} error={e.upc} />
      </div>
      <div className="space-y-1.5">
        <label htmlFor="release-description" className="block text-sm font-medium">
          Description
        </label>
        <textarea
          id="release-description"
          name="description"
          rows={3}
          maxLength={2000}
          defaultValue={v.description ?? release.description}
          className="block w-full rounded-xl border border-line bg-surface px-3.5 py-2.5 text-sm focus:border-accent-500 focus:outline-none"
        />
        {e.description ? <p className="text-sm text-red-600 dark:text-red-400">{e.description}</p> : null}
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save release"}
      </Button>
    </form>
  );
}
