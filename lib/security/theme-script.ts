/**
 * Applies the saved or system theme before first paint (no flash). Inline in
 * every page's <head>; the page policy allows it by its hash, so the root
 * layout needs no per-request nonce and cached pages can use it too.
 */
export const THEME_SCRIPT = `try{var t=localStorage.getItem("chorus-theme");if(t!=="light"&&t!=="dark")t=matchMedia("(prefers-color-scheme: dark)").matches?"dark":"light";document.documentElement.classList.toggle("dark",t==="dark")}catch(e){}`;

/** sha256 of THEME_SCRIPT, base64 (checked against the script by theme-script.test.ts). */
export const THEME_SCRIPT_HASH = "sha256-Ha6dQHVPFTWB27uRNJnQnV401I4nBjodlCN08inPctQ=";
