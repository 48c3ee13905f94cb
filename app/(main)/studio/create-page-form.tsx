"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage, SelectField, TextField } from "@/components/ui/field";
import { createPageAction } from "@/lib/studio/actions";

export function CreatePageForm() {
  const [state, action, pending] = useActionState(createPageAction, { ok: false });
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  const k = JSON.stringify(v);
  return (
    <form action={action} className="grid gap-4 sm:grid-cols-[10rem_1fr_1fr_auto] sm:items-start" noValidate>
      <div className="sm:col-span-4">
        <FormMessage message={state.message} />
      </div>
      <SelectField key={`kind${k}`} label="Page type" name="kind" defaultValue={v.kind ?? "artist"} error={e.kind}>
        <option value="artist">Artist</option>
        <option value="label">Label</option>
        <option value="publication">Publication</option>
      </SelectField>
      <TextField key={`name${k}`} label="Page name" name="name" required maxLength={80} defaultValue={v.name} error={e.name} />
      <TextField key={`handle${k}`} label="Page handle" name="handle" required maxLength={30} defaultValue={v.handle} error={e.handle} />
      <Button type="submit" disabled={pending} className="sm:mt-7">
        {pending ? "Creating…" : "Create page"}
      </Button>
    </form>
  );
}
