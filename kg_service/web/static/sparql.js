// The SPARQL page: YASGUI on this service's /sparql, our prefixes preloaded, the stored queries
// as examples that open in a tab of their own. Nothing is fetched from another host: YASGUI's
// completers that ask outside vocabulary services are switched off.
(function () {
  "use strict";
  const config = JSON.parse(document.getElementById("sparql-config").textContent);
  const here = new URL(config.endpoint, window.location.href).href;
  const element = document.getElementById("yasgui");
  const table = Yasgui.Yasr && Yasgui.Yasr.plugins && Yasgui.Yasr.plugins.table;
  if (table && config.tableLanguage) {  // DataTables' sentences with counts, in the page's language
    const tableConfig = table.defaults.tableConfig;
    tableConfig.language = Object.assign({}, tableConfig.language, config.tableLanguage);
  }
  const yasgui = new Yasgui(element, {
    requestConfig: { endpoint: here, method: "POST" },
    copyEndpointOnNewTab: true,
    endpointCatalogueOptions: { getData: () => [{ endpoint: here }], keys: [] },
    persistenceId: null,
    yasqe: { value: config.start, persistenceId: null },
  });

  function quiet(tab) {
    const yasqe = tab.getYasqe();
    if (!yasqe) return;
    ["class", "property", "prefixes"].forEach((name) => {
      try { yasqe.disableCompleter(name); } catch (error) { /* not present in this version */ }
    });
  }

  function openExample(name) {
    const example = config.examples.find((e) => e.name === name);
    if (!example) return null;
    const tab = yasgui.addTab(true, { name: example.name, yasqe: { value: example.query },
                                      requestConfig: { endpoint: here, method: "POST" } });
    quiet(tab);
    tab.getYasqe().setValue(example.query);
    return tab;
  }

  Object.values(yasgui._tabs || {}).forEach(quiet);
  quiet(yasgui.getTab());
  yasgui.on("tabAdd", (_, id) => { const tab = yasgui.getTab(id); if (tab) quiet(tab); });

  document.querySelectorAll("button.open-example").forEach((button) => {
    button.addEventListener("click", () => {
      if (openExample(button.dataset.example)) element.scrollIntoView();
    });
  });
  if (config.openTab) openExample(config.openTab);
  window.kgYasgui = yasgui;
  element.dataset.ready = "true";
})();
