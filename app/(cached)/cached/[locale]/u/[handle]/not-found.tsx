export { default } from "@/app/(main)/u/[handle]/not-found";
