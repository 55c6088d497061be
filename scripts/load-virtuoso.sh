#!/usr/bin/env bash
# Load the graph (ontology/ and instances/) into one named graph of a running Virtuoso with its
# bulk loader (ld_dir + rdf_loader_run), then check that every file loaded without error.
# Usage: scripts/load-virtuoso.sh HOST:PORT GRAPH_IRI   (the SQL port, 1111 by default)
# The password of the `dba` user comes from VIRTUOSO_PASSWORD. Virtuoso reads the files itself,
# so the repository's directories must be in the server's DirsAllowed (virtuoso.ini).
# The service then reads the graph with KG_DEFAULT_GRAPH=GRAPH_IRI.
set -euo pipefail
[ "$#" -eq 2 ] || { echo "usage: $0 HOST:PORT GRAPH_IRI" >&2; exit 2; }
: "${VIRTUOSO_PASSWORD:?set VIRTUOSO_PASSWORD to the dba password}"
server="$1"
graph="$2"
case "$graph" in *"'"*|*" "*) echo "not a graph IRI: $graph" >&2; exit 2;; esac
root="$(cd "$(dirname "$0")/.." && pwd)"
isql="$(command -v isql-vt || command -v isql)"

"$isql" "$server" dba "$VIRTUOSO_PASSWORD" VERBOSE=OFF BANNER=OFF exec="
DELETE FROM DB.DBA.load_list;
SPARQL CLEAR GRAPH <$graph>;
ld_dir('$root/ontology', '*.ttl', '$graph');
ld_dir('$root/instances', '*.ttl', '$graph');
rdf_loader_run();
checkpoint;
" >/dev/null

# Every file must be loaded (state 2) without an error; otherwise name the files and fail.
failed="$("$isql" "$server" dba "$VIRTUOSO_PASSWORD" VERBOSE=OFF BANNER=OFF exec="
SELECT ll_file, ll_error FROM DB.DBA.load_list WHERE ll_state <> 2 OR ll_error IS NOT NULL;
" | grep -v '^$' || true)"
if [ -n "$failed" ]; then
    echo "Virtuoso did not load every file:" >&2
    echo "$failed" >&2
    exit 1
fi
