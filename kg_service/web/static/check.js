// Draft check page: drop a file anywhere on the drop zone to choose it, and switch
// "only what the draft brings" on the shown report without sending the draft again.
(function () {
  "use strict";
  const zone = document.getElementById("dropzone");
  const input = document.getElementById("draft");
  if (zone && input) {
    ["dragenter", "dragover"].forEach((name) => zone.addEventListener(name, (event) => {
      event.preventDefault();
      zone.classList.add("over");
    }));
    ["dragleave", "drop"].forEach((name) => zone.addEventListener(name, () => zone.classList.remove("over")));
    zone.addEventListener("drop", (event) => {
      event.preventDefault();
      if (event.dataTransfer && event.dataTransfer.files.length) input.files = event.dataTransfer.files;
    });
  }
  const toggle = document.getElementById("only_new");
  const result = document.getElementById("result");
  if (toggle && result) {
    toggle.addEventListener("change", () => result.classList.toggle("only-new", toggle.checked));
  }
})();
