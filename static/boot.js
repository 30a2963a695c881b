// Starts the app without an inline script, so a strict Content-Security-Policy can forbid them.
// Trunk writes the hashed file names into this tag's data attributes at build time.
const tag = document.querySelector("script[data-ldn-js]");

function showFailure(error) {
  const message = document.getElementById("app-failed");
  if (message) message.hidden = false;
  console.error("LDN Evidence could not start:", error);
}

if (tag) {
  import(tag.dataset.ldnJs)
    .then((glue) => glue.default({ module_or_path: tag.dataset.ldnWasm }))
    .catch(showFailure);
} else {
  showFailure(new Error("boot script tag not found"));
}
