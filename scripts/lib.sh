# Shared by the install scripts: install Debian packages that are missing, running
# `apt-get update` at most once per bootstrap run. Source it; do not run it.

apt_install() {
    [ "$#" -gt 0 ] || return 0
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    if [ -z "${KG_APT_UPDATED:-}" ]; then
        $sudo apt-get update -qq
        export KG_APT_UPDATED=1
    fi
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "$@"
}

# Every Debian package named that is not installed yet (by dpkg's record).
missing_packages() {
    local package
    for package in "$@"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || echo "$package"
    done
}
