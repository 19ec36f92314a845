// The query page of `kg serve`: YASGUI with one tab per library query (KG is set by the page).
(function () {
  "use strict";
  const endpoint = window.location.origin + "/sparql";
  // Entity IRIs of this store link to the entity page instead of the (unserved) IRI.
  const table = Yasgui.Yasr.plugins.table;
  const iriLink = table.prototype.getUriLinkFromBinding;
  table.prototype.getUriLinkFromBinding = function (binding, prefixes) {
    const html = iriLink.call(this, binding, prefixes);
    if (!KG.bases.some(function (b) { return binding.value.indexOf(b) === 0; })) return html;
    const local = "/entity?iri=" + encodeURIComponent(binding.value).replace(/'/g, "%27");
    // the HTML has been through DOMPurify: attributes may be in either kind of quotes
    return html.replace(/href=(['"])[^'"]*\1/, 'href="' + local + '"')
      .replace(/target=(['"])_blank\1/, 'target="_self"');
  };
  const yasgui = new Yasgui(document.getElementById("yasgui"), {
    requestConfig: { endpoint: endpoint, method: "POST" },
    copyEndpointOnNewTab: true,
    persistenceId: null,
    autoAddOnInit: false,
    populateFromUrl: false,
    endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; }, keys: [] },
    // no autocompletion that looks terms or prefixes up on other sites: the page works offline
    yasqe: { autocompleters: ["variables"] },
    yasr: { prefixes: KG.prefixes, defaultPlugin: "table" },
  });
  KG.queries.forEach(function (q, i) {
    const tab = Yasgui.Tab.getDefaults(yasgui);
    tab.name = q.name;
    tab.yasqe = Object.assign({}, tab.yasqe, { value: q.text });
    tab.requestConfig = Object.assign({}, tab.requestConfig, { endpoint: endpoint });
    yasgui.addTab(i === 0, tab);
  });
  window.kgYasgui = yasgui;
})();
