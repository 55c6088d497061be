// Our words for a vendored widget's English controls (YASGUI, Swagger UI), which offer no Finnish
// or Swedish of their own. The page embeds {"root", "words": {English: ours}, "patterns":
// [[regex, replacement]]} from the fi/sv/en text tables (kg_service/i18n/widgets.py) as JSON in
// #widget-words; every text node and title, aria-label, placeholder and value attribute under
// the root whose whole (trimmed) text is a key, or matches a pattern (a sentence with a count),
// is given our words, now and whenever the widget draws more (results, opened operations).
// The text of the query, the answers' cells and code samples is data, and is left as it is.
(function () {
  "use strict";
  const data = document.getElementById("widget-words");
  if (!data) return;
  const config = JSON.parse(data.textContent);
  const words = config.words || {};
  const patterns = (config.patterns || []).map(([source, replacement]) => [new RegExp(source), replacement]);
  if (!Object.keys(words).length && !patterns.length) return;
  const DATA = ".CodeMirror-lines, .CodeMirror-gutters, pre, code, table.dataTable tbody";

  function ours(text) {
    if (Object.prototype.hasOwnProperty.call(words, text)) return words[text];
    for (const [pattern, replacement] of patterns) {
      if (pattern.test(text)) return text.replace(pattern, replacement);
    }
    return null;
  }
  const ATTRIBUTES = ["title", "aria-label", "placeholder", "data-original-title"];

  function swapText(node) {
    const text = node.nodeValue;
    const trimmed = text.trim();
    const swapped = trimmed && !(node.parentElement && node.parentElement.closest(DATA)) && ours(trimmed);
    if (swapped) node.nodeValue = text.replace(trimmed, swapped);
  }

  function swapAttributes(element) {
    ATTRIBUTES.forEach((name) => {
      const value = element.getAttribute(name);
      const swapped = value && ours(value.trim());
      if (swapped) element.setAttribute(name, swapped);
    });
    if (element.tagName === "INPUT" && (element.type === "button" || element.type === "submit")) {
      const swapped = ours(element.value.trim());
      if (swapped) element.value = swapped;
    }
  }

  function swapAll(root) {
    if (root.nodeType === Node.TEXT_NODE) { swapText(root); return; }
    if (root.nodeType !== Node.ELEMENT_NODE) return;
    swapAttributes(root);
    // text inside the data (DATA) is left alone by swapText; the buttons there are controls
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    let node = walker.nextNode();
    while (node) {
      if (node.nodeType === Node.TEXT_NODE) swapText(node); else swapAttributes(node);
      node = walker.nextNode();
    }
  }

  function start() {
    const root = document.querySelector(config.root);
    if (!root) return;
    swapAll(root);
    new MutationObserver((changes) => {
      changes.forEach((change) => {
        if (change.type === "childList") change.addedNodes.forEach(swapAll);
        else if (change.type === "characterData") swapText(change.target);
        else if (change.type === "attributes") swapAttributes(change.target);
      });
    }).observe(root, { childList: true, subtree: true, characterData: true, attributes: true,
                       attributeFilter: ATTRIBUTES });
    root.dataset.relabelled = "true";
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
